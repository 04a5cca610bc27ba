package com.shiftledger.api.wallet;

/** Where a withdrawal request stands: reserved and waiting, paid out, or returned to the wallet. */
public enum WithdrawalStatus {
    PENDING,
    APPROVED,
    REJECTED;

    public String code() {
        return name().toLowerCase();
    }
}
