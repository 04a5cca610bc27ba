package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.wallet.WalletId;

/** An approved SOS refund is in the hospital's wallet (wallet transaction {@code transactionId}). */
public record SosRefundCompletedEvent(SosId sosId, RefundId refundId, WalletId walletId, Money amount,
                                      String transactionId) {
}
