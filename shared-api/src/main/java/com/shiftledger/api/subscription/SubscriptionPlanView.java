package com.shiftledger.api.subscription;

import java.time.Instant;

/** A subscription plan as the read side has it; {@code version} counts its events from 0. */
public record SubscriptionPlanView(long id, PlanTerms terms, long version, Instant createdAt, Instant updatedAt) {
}
