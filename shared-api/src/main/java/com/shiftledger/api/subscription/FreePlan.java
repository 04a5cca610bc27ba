package com.shiftledger.api.subscription;

/**
 * The limits of every hospital without a subscription in force ({@code shiftledger.subscription.*}); {@code null}
 * means unlimited.
 */
public record FreePlan(Integer shiftLimit, Integer sosLimit) {
}
