package com.shiftledger.api.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A hospital's latest paid subscription: the plan's terms as paid for, and the term it runs; {@code version} is the
 * sequence number of the last {@link HospitalSubscribedEvent} projected.
 */
public record HospitalSubscriptionView(long hospitalId, long planId, PlanTerms plan, int months, Instant startsAt,
                                       Instant expiresAt, long version) {

    /** Whether the subscription is in force at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(expiresAt);
    }

    /** The last day in force, in {@code zone}: the answers' {@code expires_at}. */
    public LocalDate lastDayInForce(ZoneId zone) {
        return SubscriptionTerm.lastDayInForce(expiresAt, zone);
    }
}
