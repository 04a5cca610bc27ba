package com.shiftledger.api.subscription;

import com.shiftledger.api.rejection.InvalidIdentifierException;

/** Identifies a {@code SubscriptionPlan}; the number is the plan's public {@code id}. */
public record SubscriptionPlanId(long value) {

    public SubscriptionPlanId {
        if (value <= 0) {
            throw new InvalidIdentifierException("A subscription plan id is a positive number, not " + value);
        }
    }

    /** The aggregate identifier in the event store, unique across aggregate types. */
    @Override
    public String toString() {
        return "subscription-plan-" + value;
    }
}
