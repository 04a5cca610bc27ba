package com.shiftledger.api.money;

/** Why money moved, in the categories the ShiftPro apps show in a wallet's transaction history. */
public enum TransactionCategory {
    WALLET_TOPUP,
    SHIFT_PAYMENT,
    REFUND,
    EMERGENCY_SOS,
    EMERGENCY_SOS_EXTRA_PAY,
    EMERGENCY_SOS_REFUND,
    WITHDRAWAL,
    SHIFT_EARNING,
    SUBSCRIPTION,
    REFERRAL_REDEMPTION;

    /** The seed's spelling, for example {@code wallet_topup}. */
    public String code() {
        return name().toLowerCase();
    }
}
