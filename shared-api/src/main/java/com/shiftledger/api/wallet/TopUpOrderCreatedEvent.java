package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

/** A Razorpay order for a top-up of exactly {@code amount} was created; nothing is credited yet. */
public record TopUpOrderCreatedEvent(WalletId walletId, String orderId, Money amount, String transactionId) {
}
