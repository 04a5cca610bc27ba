package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

/**
 * Razorpay was asked to charge the mandate through order {@code orderId} for {@code amount} (the
 * {@code requestedAmount} capped at the mandate's maximum); nothing is credited until Razorpay confirms it
 * ({@link MandateTopUpConfirmedEvent}). See {@link TopUpThroughMandateCommand}.
 */
public record MandateTopUpOrderedEvent(VirtualAccountId virtualAccountId, long hospitalId, WalletId walletId,
                                       String triggerReference, String orderId, String paymentId, Money amount,
                                       Money requestedAmount) {
}
