package com.shiftledger.api.subscription;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The wallet refused the purchase under {@code paymentReference}: it held {@code balance}, short of {@code required}. */
public record AbandonSubscriptionPurchaseCommand(@TargetAggregateIdentifier HospitalSubscriptionId subscriptionId,
                                                 String paymentReference, Money required, Money balance) {
}
