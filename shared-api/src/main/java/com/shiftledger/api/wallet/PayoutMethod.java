package com.shiftledger.api.wallet;

/** How a withdrawal is paid out: {@code bank_transfer} or {@code upi}. */
public enum PayoutMethod {
    BANK_TRANSFER,
    UPI;

    public String code() {
        return name().toLowerCase();
    }
}
