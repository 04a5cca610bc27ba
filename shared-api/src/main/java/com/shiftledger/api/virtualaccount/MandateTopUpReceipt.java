package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

/**
 * What {@link TopUpThroughMandateCommand} and {@link ConfirmMandateTopUpCommand} answer: the top-up's order, its
 * amount and the amount asked for, whether Razorpay confirmed it, and whether this answer repeats an earlier one.
 */
public record MandateTopUpReceipt(VirtualAccountId virtualAccountId, WalletId walletId, String triggerReference,
                                  String orderId, String paymentId, Money amount, Money requestedAmount,
                                  boolean confirmed, boolean repeated) {

    /** The reference the wallet credits the top-up under, so that it is credited once per order. */
    public String walletReference() {
        return walletReferenceOf(orderId);
    }

    public static String walletReferenceOf(String orderId) {
        return "mandate-topup:" + orderId;
    }
}
