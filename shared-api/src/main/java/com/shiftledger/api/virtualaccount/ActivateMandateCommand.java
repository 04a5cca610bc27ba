package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An admin activates the mandate a hospital authorised with Razorpay (its customer and recurring token), up to
 * {@code maxAmount} a top-up (null keeps the amount the account was created with); see
 * {@link MandateActivatedEvent}.
 */
public record ActivateMandateCommand(@TargetAggregateIdentifier VirtualAccountId virtualAccountId,
                                     String customerId, String tokenId, Money maxAmount, long adminUserId,
                                     Instant at) {
}
