package com.shiftledger.api.alert;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A hospital wallet's event number {@code walletSequence} took its balance from {@code balanceBefore} to
 * {@code balanceAfter} at {@code at}. The watch raises a {@link LowBalanceAlertRaisedEvent} when that crossed the
 * threshold in force downward: the wallet's own, or else {@code platformThreshold}. Sent once per event by the
 * low-balance alert process; a repeat of the same event raises nothing more.
 */
public record CheckLowBalanceCommand(@TargetAggregateIdentifier LowBalanceWatchId watchId, long hospitalId,
                                     long walletSequence, Money balanceBefore, Money balanceAfter,
                                     Money platformThreshold, Instant at) {
}
