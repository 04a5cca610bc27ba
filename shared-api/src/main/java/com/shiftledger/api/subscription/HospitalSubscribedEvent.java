package com.shiftledger.api.subscription;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * A hospital paid for {@code months} months of a plan (the wallet's {@code transactionId}); the subscription runs
 * from {@code startsAt} (now, or the end of the term it renews) to {@code expiresAt}. See
 * {@link RecordSubscriptionCommand}.
 */
public record HospitalSubscribedEvent(HospitalSubscriptionId subscriptionId, SubscriptionPlanId planId,
                                      PlanTerms plan, int months, Money price, String paymentReference,
                                      String transactionId, Instant startsAt, Instant expiresAt, Instant at) {
}
