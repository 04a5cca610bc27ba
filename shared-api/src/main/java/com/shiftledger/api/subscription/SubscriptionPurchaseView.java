package com.shiftledger.api.subscription;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * A purchase as the read side shows it: {@code pending} until the wallet decided, then {@code paid} (the wallet's
 * {@code transactionId}, the term now running to {@code expiresAt}) or {@code refused} ({@code required} and the
 * {@code balance} the wallet held).
 */
public record SubscriptionPurchaseView(String paymentReference, long hospitalId, long planId, int months,
                                       Money price, String status, String transactionId, Instant expiresAt,
                                       Money required, Money balance) {

    public static final String PENDING = "pending";
    public static final String PAID = "paid";
    public static final String REFUSED = "refused";

    /** Whether the wallet has decided. */
    public boolean isSettled() {
        return !PENDING.equals(status);
    }

    public boolean isRefused() {
        return REFUSED.equals(status);
    }
}
