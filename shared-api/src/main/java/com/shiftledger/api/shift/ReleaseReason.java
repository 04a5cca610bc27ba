package com.shiftledger.api.shift;

/** Why escrow left a shift for a refund; only settlement and excess funding are returned without a fee. */
public enum ReleaseReason {
    PAY_LOWERED,
    SHIFT_CANCELLED,
    SHIFT_SETTLED,
    EXCESS_FUNDING;

    public boolean chargesFee() {
        return this == PAY_LOWERED || this == SHIFT_CANCELLED;
    }
}
