package com.shiftledger.api.refund;

/** The seed's refund lifecycle. */
public enum RefundStatus {
    PENDING,
    PROCESSING,
    COMPLETED,
    CANCELLED,
    FAILED;

    public String code() {
        return name().toLowerCase();
    }
}
