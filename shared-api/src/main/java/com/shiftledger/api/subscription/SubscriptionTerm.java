package com.shiftledger.api.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The answer to a {@link RecordSubscriptionCommand}: the plan in force and when it expires. */
public record SubscriptionTerm(SubscriptionPlanId planId, Instant expiresAt) {

    /**
     * The last day a term ending at {@code expiresAt} is in force, in the platform's time zone: what the answers
     * show as {@code expires_at} (the seed's {@code "2025-12-31"}). A term ends at the start of a day, so this is
     * the day before it.
     */
    public static LocalDate lastDayInForce(Instant expiresAt, ZoneId zone) {
        return expiresAt == null ? null : expiresAt.minusNanos(1).atZone(zone).toLocalDate();
    }
}
