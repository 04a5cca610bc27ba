package com.shiftledger.api.subscription;

import com.shiftledger.api.money.Money;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a subscription plan offers and costs: its price per month, its monthly limits on shifts, rosters, vacancies
 * and SOS requests ({@code null} = unlimited), and the discounts for paying 6 or 12 months at once. Carried by
 * {@link SubscriptionPlanCreatedEvent} and {@link SubscriptionPlanRevisedEvent}.
 */
public record PlanTerms(String name, Money pricePerMonth, Integer shiftLimit, Integer rosterLimit,
                        Integer vacancyLimit, Integer sosLimit, BigDecimal discountSixMonthsPercent,
                        BigDecimal discountTwelveMonthsPercent, boolean active) {

    /** The durations a hospital may pay for, in months. */
    public static final Set<Integer> DURATIONS = Set.of(1, 6, 12);

    public PlanTerms {
        if (name == null || name.isBlank() || pricePerMonth == null || discountSixMonthsPercent == null
                || discountTwelveMonthsPercent == null) {
            throw new IllegalArgumentException("A plan needs a name, a price per month and both discounts");
        }
    }

    /** The price of {@code months} months: the monthly price times the months, less that duration's discount. */
    public Money priceFor(int months) {
        if (!DURATIONS.contains(months)) {
            throw new IllegalArgumentException("A plan is paid for 1, 6 or 12 months, not " + months);
        }
        Money full = pricePerMonth.times(months);
        return full.minus(full.percent(discountFor(months)));
    }

    /** The plan's monthly limit on {@code use} (null: unlimited). */
    public Integer limit(MonthlyUse use) {
        return switch (use) {
            case SHIFT -> shiftLimit;
            case SOS -> sosLimit;
            case ROSTER -> rosterLimit;
            case VACANCY -> vacancyLimit;
        };
    }

    /** The discount in percent for paying {@code months} months at once. */
    public BigDecimal discountFor(int months) {
        return switch (months) {
            case 6 -> discountSixMonthsPercent;
            case 12 -> discountTwelveMonthsPercent;
            default -> BigDecimal.ZERO;
        };
    }
}
