package com.shiftledger.api.subscription;

import java.time.Instant;

/** The answer to a {@link RecordSubscriptionCommand}: the plan in force and when it expires. */
public record SubscriptionTerm(SubscriptionPlanId planId, Instant expiresAt) {
}
