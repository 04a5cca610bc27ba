package com.shiftledger.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An admin replaces a plan's terms; subscriptions paid before keep the terms they were paid on. See
 * {@link SubscriptionPlanRevisedEvent}.
 */
public record ReviseSubscriptionPlanCommand(@TargetAggregateIdentifier SubscriptionPlanId planId, PlanTerms terms,
                                            long adminUserId, Instant at) {
}
