package com.shiftledger.api.refund;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Opens the refund of escrow released from a shift; it waits until {@code availableAt}. Sent by the refund
 * release process; a repeat changes nothing. See {@link RefundRequestedEvent}.
 */
public record RequestRefundCommand(@TargetAggregateIdentifier RefundId refundId, long hospitalId, WalletId walletId,
                                   Long shiftId, Money originalAmount, Money feeDeducted, Money refundAmount,
                                   String reason, Instant requestedAt, Instant availableAt) {
}
