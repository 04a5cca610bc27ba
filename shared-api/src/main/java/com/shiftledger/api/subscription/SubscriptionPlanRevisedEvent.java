package com.shiftledger.api.subscription;

import java.time.Instant;

/** A plan's terms were replaced by an admin; see {@link ReviseSubscriptionPlanCommand}. */
public record SubscriptionPlanRevisedEvent(SubscriptionPlanId planId, PlanTerms terms, long adminUserId,
                                           Instant at) {
}
