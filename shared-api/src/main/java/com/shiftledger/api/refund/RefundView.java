package com.shiftledger.api.refund;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * A refund as the seed's {@code /hospital/wallet/refunds} shows it: from a shift's escrow (released after the hold
 * period) or asked of an SOS's escrow ({@code sosId}, reviewed by an admin, {@code remarks} kept). The remaining days
 * are computed on reading.
 */
public record RefundView(long id, String refundId, long hospitalId, long walletId, Long shiftId, Long sosId,
                         Money originalAmount, Money serviceChargeDeducted, Money refundAmount, String status,
                         String reason, String description, String remarks, Instant requestedAt,
                         Instant availableAt, Instant completedAt, String transactionId) {
}
