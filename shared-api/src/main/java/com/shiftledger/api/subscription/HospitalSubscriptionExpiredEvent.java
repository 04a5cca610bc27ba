package com.shiftledger.api.subscription;

import java.time.Instant;

/**
 * The subscription's last paid month ended at {@code expiresAt} with no renewal: the hospital is on the free plan
 * from then on. Raised by the subscription's persistent expiry deadline.
 */
public record HospitalSubscriptionExpiredEvent(HospitalSubscriptionId subscriptionId, SubscriptionPlanId planId,
                                               Instant expiresAt) {
}
