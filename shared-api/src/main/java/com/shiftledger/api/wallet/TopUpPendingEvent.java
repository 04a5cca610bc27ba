package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

/** The app reported that the payment of an order has started; the top-up shows as pending. */
public record TopUpPendingEvent(WalletId walletId, String orderId, Money amount, String transactionId) {
}
