package com.shiftledger.api.subscription;

/** One subscription plan; answered with its {@link SubscriptionPlanView}, or nothing when there is none. */
public record FindSubscriptionPlanQuery(SubscriptionPlanId planId) {
}
