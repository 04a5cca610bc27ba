package com.shiftledger.api.sos;

/**
 * The seed's SOS lifecycle: {@code funding} until the hospital's wallet pays the extra pay, {@code sent} until its
 * urgency deadline passes ({@code expired}) or every position is filled ({@code fulfilled}), {@code cancelled} with
 * its shift; {@code abandoned} when the wallet could not pay.
 */
public enum SosStatus {
    FUNDING,
    SENT,
    EXPIRED,
    FULFILLED,
    CANCELLED,
    ABANDONED;

    public String code() {
        return name().toLowerCase();
    }
}
