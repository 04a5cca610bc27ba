package com.shiftledger.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An admin creates a subscription plan with these terms; see {@link SubscriptionPlanCreatedEvent}. */
public record CreateSubscriptionPlanCommand(@TargetAggregateIdentifier SubscriptionPlanId planId, PlanTerms terms,
                                            long adminUserId, Instant at) {
}
