package com.shiftledger.api.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An admin ({@code reviewedByUserId}) marks an open low-balance alert reviewed at {@code at}, with their
 * {@code notes}. See {@link LowBalanceAlertReviewedEvent}.
 */
public record ReviewLowBalanceAlertCommand(@TargetAggregateIdentifier LowBalanceWatchId watchId,
                                           LowBalanceAlertId alertId, String notes, long reviewedByUserId,
                                           Instant at) {
}
