package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

/**
 * Razorpay captured a mandate top-up's payment: the hospital's wallet is to be credited {@code amount}
 * ({@code gateway:razorpay → hospital:{h}}, under {@link MandateTopUpReceipt#walletReference()}), once. See
 * {@link ConfirmMandateTopUpCommand}.
 */
public record MandateTopUpConfirmedEvent(VirtualAccountId virtualAccountId, WalletId walletId,
                                         String triggerReference, String orderId, String paymentId, Money amount) {
}
