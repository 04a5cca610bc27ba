package com.shiftledger.api.subscription;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/**
 * A hospital asked to buy {@code months} months of a plan at {@code price} from its wallet under
 * {@code paymentReference}, at {@code at} in the platform's time zone {@code zone}. Moves no money itself: the
 * purchase process debits the wallet ({@code hospital:{h} → platform:revenue}) under the same reference.
 */
public record SubscriptionPurchaseRequestedEvent(HospitalSubscriptionId subscriptionId, SubscriptionPlanId planId,
                                                 PlanTerms plan, int months, Money price, WalletId walletId,
                                                 String paymentReference, String zone, Instant at) {
}
