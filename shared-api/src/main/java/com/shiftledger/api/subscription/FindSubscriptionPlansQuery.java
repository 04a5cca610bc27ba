package com.shiftledger.api.subscription;

/** Every subscription plan, or only the active ones; answered with a {@link SubscriptionPlanList}. */
public record FindSubscriptionPlansQuery(boolean activeOnly) {
}
