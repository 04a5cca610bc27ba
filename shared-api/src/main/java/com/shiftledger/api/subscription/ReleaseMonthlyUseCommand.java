package com.shiftledger.api.subscription;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Gives back a claim whose thing was never made (its creation was refused, or the SOS was abandoned unpaid), so it
 * does not count against the month's limit. A reference not claimed, or given back already, changes nothing.
 */
public record ReleaseMonthlyUseCommand(@TargetAggregateIdentifier MonthlyUsageId usageId, MonthlyUse use,
                                       String reference, Instant at) {
}
