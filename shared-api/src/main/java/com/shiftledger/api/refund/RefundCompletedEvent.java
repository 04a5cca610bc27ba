package com.shiftledger.api.refund;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

/** A refund was credited to the hospital's wallet ({@code refund:{code} → hospital:{h}}, in the wallet's event). */
public record RefundCompletedEvent(RefundId refundId, WalletId walletId, Money refundAmount, String transactionId) {
}
