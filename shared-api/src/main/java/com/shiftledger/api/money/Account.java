package com.shiftledger.api.money;

import java.util.regex.Pattern;

/**
 * A ledger account that money moves from and to: a wallet, an escrow, a pending refund or withdrawal,
 * or one of the platform's own accounts; or an account of referral coins ({@code coins:{user}}, {@code
 * coins:platform}), which hold coins and never rupees. Only the external clearing accounts, the coins' issuing
 * account and the platform's referral funding may go negative.
 */
public record Account(String name) {

    private static final Pattern VALID = Pattern.compile(
            "(hospital|professional|shift|sos|withdrawal|coins):[1-9][0-9]{0,18}|refund:REF-[0-9A-Z]{12}"
                    + "|platform:revenue|platform:referrals|gateway:razorpay|payouts:bank|coins:platform");
    private static final String COINS = "coins";

    public static final Account PLATFORM_REVENUE = new Account("platform:revenue");
    public static final Account GATEWAY_RAZORPAY = new Account("gateway:razorpay");
    public static final Account PAYOUTS_BANK = new Account("payouts:bank");
    /** The platform's rupees that pay for redeemed coins; it goes negative by what redemptions have cost. */
    public static final Account PLATFORM_REFERRALS = new Account("platform:referrals");
    /** The account referral coins are issued from and return to when redeemed; negative by the coins out there. */
    public static final Account COINS_PLATFORM = new Account("coins:platform");

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

    /** A user's referral coins. */
    public static Account coins(long userId) {
        return new Account("coins:" + userId);
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

    /** Whether the account holds referral coins (a {@link CoinPosting}'s unit) rather than rupees. */
    public boolean holdsCoins() {
        return kind().equals(COINS);
    }

    /**
     * Whether a negative balance is this account's job: the clearing accounts, the account coins are issued from,
     * and the platform's rupees that fund redemptions. Every other account must never go below 0.
     */
    public boolean mayGoNegative() {
        return isClearing() || this.equals(COINS_PLATFORM) || this.equals(PLATFORM_REFERRALS);
    }


    @Override
    public String toString() {
        return name;
    }
}
