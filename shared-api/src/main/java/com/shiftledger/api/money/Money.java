package com.shiftledger.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of Indian rupees held as a whole number of paise; never negative, never fractional.
 * The API edge converts rupees with at most two decimals with {@link #ofRupees(BigDecimal)}.
 */
public record Money(long paise) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Money {
        if (paise < 0) {
            throw new IllegalArgumentException("Money cannot be negative: " + paise + " paise");
        }
    }

    public static Money ofPaise(long paise) {
        return new Money(paise);
    }

    /** Exact conversion; rupees with more than two decimals are refused with {@link ArithmeticException}. */
    public static Money ofRupees(BigDecimal rupees) {
        return new Money(rupees.movePointRight(2).longValueExact());
    }

    public static Money ofRupees(long rupees) {
        return new Money(Math.multiplyExact(rupees, 100L));
    }

    public BigDecimal toRupees() {
        return BigDecimal.valueOf(paise, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(paise, other.paise));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(paise, other.paise));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(paise, factor));
    }

    /** The given percentage of this amount, rounded half-up to the paisa (the ledger's one rounding rule). */
    public Money percent(BigDecimal percent) {
        BigDecimal exact = BigDecimal.valueOf(paise).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP);
        return new Money(exact.longValueExact());
    }

    /** This amount times hours given in minutes, per hour, rounded half-up to the paisa. */
    public Money perHourFor(long minutes) {
        BigDecimal exact = BigDecimal.valueOf(paise).multiply(BigDecimal.valueOf(minutes))
                .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP);
        return new Money(exact.longValueExact());
    }

    public boolean isZero() {
        return paise == 0;
    }

    public boolean isPositive() {
        return paise > 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(paise, other.paise);
    }

    @Override
    public String toString() {
        return "₹" + toRupees().toPlainString();
    }
}
