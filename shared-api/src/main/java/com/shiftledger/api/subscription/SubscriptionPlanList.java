package com.shiftledger.api.subscription;

import java.util.List;

/** The answer to {@link FindSubscriptionPlansQuery}, in the order the plans were created. */
public record SubscriptionPlanList(List<SubscriptionPlanView> plans) {
}
