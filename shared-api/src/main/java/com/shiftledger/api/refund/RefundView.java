package com.shiftledger.api.refund;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/** A refund as the seed's {@code /hospital/wallet/refunds} shows it; {@code remainingDays} is computed on reading. */
public record RefundView(long id, String refundId, Long shiftId, Money originalAmount, Money serviceChargeDeducted,
                         Money refundAmount, String status, String reason, Instant requestedAt, Instant availableAt,
                         Instant completedAt, String transactionId) {
}
