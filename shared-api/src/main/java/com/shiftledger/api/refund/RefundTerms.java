package com.shiftledger.api.refund;

import com.shiftledger.api.money.Money;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The rules a refund of shift escrow follows, fixed on a shift when it is created: the fee the platform keeps
 * when pay is lowered or the shift cancelled ({@code feePercent}, half-up to the paisa), and how long the refund
 * waits before it is credited ({@code holdPeriod}). The instant a refund becomes available is decided once,
 * when its escrow is released, and travels on that event.
 */
public record RefundTerms(BigDecimal feePercent, Duration holdPeriod) {

    public RefundTerms {
        if (feePercent == null || feePercent.signum() < 0 || feePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A refund fee is a percentage from 0 to 100, not " + feePercent);
        }
        if (holdPeriod == null || holdPeriod.isNegative()) {
            throw new IllegalArgumentException("A refund hold period cannot be negative: " + holdPeriod);
        }
    }

    /** The fee kept from escrow released by a change the hospital made. */
    public Money feeOn(Money released) {
        return released.percent(feePercent);
    }

    /** When a refund opened at {@code openedAt} is credited. */
    public Instant availableAt(Instant openedAt) {
        return openedAt.plus(holdPeriod);
    }

    /** A hold period in ISO-8601 as people write it: whole days as {@code P7D}, anything else as {@code PT36H}. */
    public static String iso(Duration holdPeriod) {
        long days = holdPeriod.toDays();
        return holdPeriod.equals(Duration.ofDays(days)) && days > 0 ? "P" + days + "D" : holdPeriod.toString();
    }

    /** Whole days until a refund is available, any part of a day counting as one; 0 once it is available. */
    public static long remainingDays(Instant availableAt, Instant now) {
        if (availableAt == null || !availableAt.isAfter(now)) {
            return 0;
        }
        Duration left = Duration.between(now, availableAt);
        long days = left.toDays();
        return left.minusDays(days).isZero() ? days : days + 1;
    }
}
