package com.shiftledger.api.subscription;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records a subscription the hospital's wallet has paid under {@code paymentReference}: the plan's terms as paid
 * for, for {@code months} months from now or from the current expiry, whichever is later, in the platform's time
 * zone {@code zone}. Once per payment reference; see {@link HospitalSubscribedEvent} and {@link SubscriptionTerm}.
 */
public record RecordSubscriptionCommand(@TargetAggregateIdentifier HospitalSubscriptionId subscriptionId,
                                        SubscriptionPlanId planId, PlanTerms plan, int months, Money price,
                                        String paymentReference, String transactionId, String zone, Instant at) {
}
