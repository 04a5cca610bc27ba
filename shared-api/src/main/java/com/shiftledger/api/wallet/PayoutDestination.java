package com.shiftledger.api.wallet;

/** Where a {@link WithdrawalRequestedEvent} is to be paid: bank account details or a UPI id. */
public record PayoutDestination(String bankName, String accountNumber, String ifscCode,
                                String accountHolderName, String upiId) {

    public static PayoutDestination none() {
        return new PayoutDestination(null, null, null, null, null);
    }
}
