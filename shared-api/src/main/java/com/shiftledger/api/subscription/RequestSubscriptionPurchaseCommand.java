package com.shiftledger.api.subscription;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A hospital asks to buy {@code months} months of a plan at {@code price}, paid from its wallet under
 * {@code paymentReference}. Recorded once per reference; the purchase process then asks the wallet and records the
 * subscription, or abandons the purchase when the wallet is short. See {@link SubscriptionPurchaseRequestedEvent}.
 */
public record RequestSubscriptionPurchaseCommand(@TargetAggregateIdentifier HospitalSubscriptionId subscriptionId,
                                                 SubscriptionPlanId planId, PlanTerms plan, int months, Money price,
                                                 WalletId walletId, String paymentReference, String zone,
                                                 Instant at) {
}
