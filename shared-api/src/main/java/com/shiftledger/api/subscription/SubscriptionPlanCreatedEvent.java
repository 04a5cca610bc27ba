package com.shiftledger.api.subscription;

import java.time.Instant;

/** A subscription plan was created by an admin; see {@link CreateSubscriptionPlanCommand}. */
public record SubscriptionPlanCreatedEvent(SubscriptionPlanId planId, PlanTerms terms, long adminUserId,
                                           Instant at) {
}
