package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;

import java.math.BigDecimal;
import java.time.Instant;

/** An Emergency SOS as the hospital's app shows it (the seed's {@code sos} object). */
public record EmergencySosView(long id, long shiftId, long hospitalId, String urgencyTier, String tierLabel,
                               int tierMinutes, BigDecimal extraPayPercent, Money extraPayAmountPerProfessional,
                               int openPositions, Money totalExtraAmount, Instant urgencyDeadline, String status,
                               long recipientsCount, int radiusKm, String additionalMessage, long responsesCount,
                               String transactionId, Money requiredAmount, Money walletBalance, Instant createdAt) {
}
