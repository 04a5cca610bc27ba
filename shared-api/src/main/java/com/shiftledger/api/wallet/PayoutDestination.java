package com.shiftledger.api.wallet;

/**
 * Where a withdrawal is to be paid: bank account details or a UPI id. Personal data: kept in the payout destination
 * table, named in events only by its reference, shown masked (see {@link #masked()}) to everyone but the admin who
 * processes the withdrawal, and erasable without touching an event.
 */
public record PayoutDestination(String bankName, String accountNumber, String ifscCode,
                                String accountHolderName, String upiId) {

    public static PayoutDestination none() {
        return new PayoutDestination(null, null, null, null, null);
    }

    /** The details with the account number and the UPI id's name masked: {@code XXXXXX1234}, {@code XXXXal@okaxis}. */
    public PayoutDestination masked() {
        return new PayoutDestination(bankName, maskKeepingLast(accountNumber, 4), ifscCode, accountHolderName,
                maskUpi(upiId));
    }

    private static String maskKeepingLast(String value, int shown) {
        if (value == null) {
            return null;
        }
        int hidden = Math.max(value.length() - shown, Math.min(value.length(), 2));
        return "X".repeat(hidden) + value.substring(hidden);
    }

    private static String maskUpi(String upiId) {
        if (upiId == null) {
            return null;
        }
        int at = upiId.lastIndexOf('@');
        return at < 0 ? maskKeepingLast(upiId, 2) : maskKeepingLast(upiId.substring(0, at), 2) + upiId.substring(at);
    }
}
