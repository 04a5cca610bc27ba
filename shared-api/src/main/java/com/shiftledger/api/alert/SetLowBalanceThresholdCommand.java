package com.shiftledger.api.alert;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A hospital ({@code hospitalId}, its user {@code setByUserId}) sets its wallet's own low-balance threshold at
 * {@code at}; from then on it is in force for the wallet instead of the platform's. Answered with the threshold; see
 * {@link LowBalanceThresholdSetEvent}.
 */
public record SetLowBalanceThresholdCommand(@TargetAggregateIdentifier LowBalanceWatchId watchId, long hospitalId,
                                            Money threshold, long setByUserId, Instant at) {
}
