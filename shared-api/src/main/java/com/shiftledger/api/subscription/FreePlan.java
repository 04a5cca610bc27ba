package com.shiftledger.api.subscription;

/**
 * The monthly limits of every hospital without a subscription in force: platform settings
 * ({@code free_plan_shift_limit}, {@code free_plan_sos_limit}, {@code free_plan_roster_limit},
 * {@code free_plan_vacancy_limit}), the first two configured at first by {@code shiftledger.subscription.*};
 * {@code null} means unlimited.
 */
public record FreePlan(Integer shiftLimit, Integer sosLimit, Integer rosterLimit, Integer vacancyLimit) {

    /** The plan's name wherever a hospital sees it (its subscription, its dashboard, its login answer). */
    public static final String NAME = "Free";

    /** The highest monthly limit a setting may hold. */
    public static final int MOST = 1_000_000;

    public FreePlan {
        if (outOfRange(shiftLimit) || outOfRange(sosLimit) || outOfRange(rosterLimit) || outOfRange(vacancyLimit)) {
            throw new IllegalArgumentException("A free plan's monthly limit is from 0 to " + MOST + ", or none");
        }
    }

    /** A free plan that limits shifts and SOS requests only. */
    public FreePlan(Integer shiftLimit, Integer sosLimit) {
        this(shiftLimit, sosLimit, null, null);
    }

    /** The month's limit on {@code use} (null: unlimited). */
    public Integer limit(MonthlyUse use) {
        return switch (use) {
            case SHIFT -> shiftLimit;
            case SOS -> sosLimit;
            case ROSTER -> rosterLimit;
            case VACANCY -> vacancyLimit;
        };
    }

    /** A limit as the settings' activity log writes it. */
    public static String written(Integer limit) {
        return limit == null ? "unlimited" : String.valueOf(limit);
    }

    private static boolean outOfRange(Integer limit) {
        return limit != null && (limit < 0 || limit > MOST);
    }
}
