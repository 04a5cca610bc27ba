package com.shiftledger.api.subscription;

/**
 * The monthly limits of every hospital without a subscription in force: platform settings
 * ({@code free_plan_shift_limit}, {@code free_plan_sos_limit}), configured at first by
 * {@code shiftledger.subscription.*}; {@code null} means unlimited.
 */
public record FreePlan(Integer shiftLimit, Integer sosLimit) {

    /** The plan's name wherever a hospital sees it (its subscription, its dashboard, its login answer). */
    public static final String NAME = "Free";

    /** The highest monthly limit a setting may hold. */
    public static final int MOST = 1_000_000;

    public FreePlan {
        if (shiftLimit != null && (shiftLimit < 0 || shiftLimit > MOST)
                || sosLimit != null && (sosLimit < 0 || sosLimit > MOST)) {
            throw new IllegalArgumentException("A free plan's monthly limit is from 0 to " + MOST + ", or none");
        }
    }

    /** A limit as the settings' activity log writes it. */
    public static String written(Integer limit) {
        return limit == null ? "unlimited" : String.valueOf(limit);
    }
}
