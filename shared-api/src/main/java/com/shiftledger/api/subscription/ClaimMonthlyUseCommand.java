package com.shiftledger.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Claims one of the month's {@code use} for the thing named {@code reference} (a shift, an SOS, a roster, a
 * vacancy), under the plan's {@code limit} (null: none) in force for the hospital, a subscription's when
 * {@code subscribed}, else the free plan's. Refused (403) when the month's claims already reach the limit; the same
 * reference again is the same claim. Answers the month's uses of that kind after the claim.
 */
public record ClaimMonthlyUseCommand(@TargetAggregateIdentifier MonthlyUsageId usageId, MonthlyUse use,
                                     String reference, Integer limit, boolean subscribed, Instant at) {
}
