package com.shiftledger.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number of referral coins: the ledger's second unit, whole coins in a {@code long}, never negative and never
 * added to rupees. A coin is worth the {@code coin_exchange_rate} in rupees only when it is redeemed
 * ({@link #worth(BigDecimal)}).
 */
public record Coins(long count) implements Comparable<Coins> {

    public static final Coins NONE = new Coins(0);
    private static final BigDecimal PAISE_PER_RUPEE = BigDecimal.valueOf(100);

    public Coins {
        if (count < 0) {
            throw new IllegalArgumentException("Coins cannot be negative: " + count);
        }
    }

    public static Coins of(long count) {
        return new Coins(count);
    }

    public Coins plus(Coins other) {
        return new Coins(Math.addExact(count, other.count));
    }

    public Coins minus(Coins other) {
        return new Coins(Math.subtractExact(count, other.count));
    }

    public boolean isPositive() {
        return count > 0;
    }

    /** What these coins are worth at {@code rupeesPerCoin}, rounded half-up to the paisa. */
    public Money worth(BigDecimal rupeesPerCoin) {
        BigDecimal paise = BigDecimal.valueOf(count).multiply(rupeesPerCoin).multiply(PAISE_PER_RUPEE)
                .setScale(0, RoundingMode.HALF_UP);
        return Money.ofPaise(paise.longValueExact());
    }

    @Override
    public int compareTo(Coins other) {
        return Long.compare(count, other.count);
    }

    @Override
    public String toString() {
        return count + " coins";
    }
}
