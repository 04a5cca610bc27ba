package com.shiftledger.api.subscription;

import com.shiftledger.api.money.Money;

/** A purchase was given up because the wallet held {@code balance}, short of {@code required}; nothing moved. */
public record SubscriptionPurchaseAbandonedEvent(HospitalSubscriptionId subscriptionId, String paymentReference,
                                                 Money required, Money balance) {
}
