package com.shiftledger.api.money;

import java.util.regex.Pattern;

/**
 * A ledger account that money moves from and to: a wallet, an escrow, a pending refund or withdrawal,
 * or one of the platform's own accounts. Only the external clearing accounts may go negative.
 */
public record Account(String name) {

    private static final Pattern VALID = Pattern.compile(
            "(hospital|professional|shift|sos|withdrawal):[1-9][0-9]{0,18}|refund:REF-[0-9A-Z]{12}"
                    + "|platform:revenue|gateway:razorpay|payouts:bank");

    public static final Account PLATFORM_REVENUE = new Account("platform:revenue");
    public static final Account GATEWAY_RAZORPAY = new Account("gateway:razorpay");
    public static final Account PAYOUTS_BANK = new Account("payouts:bank");

    public Account {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a ledger account: " + name);
        }
    }

    public static Account hospital(long hospitalId) {
        return new Account("hospital:" + hospitalId);
    }

    public static Account professional(long professionalId) {
        return new Account("professional:" + professionalId);
    }

    public static Account shift(long shiftId) {
        return new Account("shift:" + shiftId);
    }

    public static Account sos(long sosId) {
        return new Account("sos:" + sosId);
    }

    public static Account withdrawal(long withdrawalId) {
        return new Account("withdrawal:" + withdrawalId);
    }

    public static Account refund(String refundCode) {
        return new Account("refund:" + refundCode);
    }

    /** The kind of account: the part before the colon ({@code hospital}, {@code shift}, {@code gateway}, ...). */
    public String kind() {
        return name.substring(0, name.indexOf(':'));
    }

    /** What the account belongs to: the part after the colon ({@code 12} of {@code hospital:12}). */
    public String reference() {
        return name.substring(name.indexOf(':') + 1);
    }

    /** Clearing accounts stand for money outside the ledger; their balance is expected to be negative. */
    public boolean isClearing() {
        return this.equals(GATEWAY_RAZORPAY) || this.equals(PAYOUTS_BANK);
    }


    @Override
    public String toString() {
        return name;
    }
}
