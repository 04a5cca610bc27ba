package com.shiftledger.api.subscription;

/**
 * The limits of every hospital without a subscription in force ({@code shiftledger.subscription.*}); {@code null}
 * means unlimited.
 */
public record FreePlan(Integer shiftLimit, Integer sosLimit) {

    /** The plan's name wherever a hospital sees it (its subscription, its dashboard, its login answer). */
    public static final String NAME = "Free";
}
