package com.shiftledger.api.refund;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/** A refund is pending: {@code refundAmount} waits in {@code refund:{code}} until {@code availableAt}. */
public record RefundRequestedEvent(RefundId refundId, long hospitalId, WalletId walletId, Long shiftId,
                                   Money originalAmount, Money feeDeducted, Money refundAmount, String reason,
                                   Instant requestedAt, Instant availableAt) {
}
