package com.shiftledger.api.alert;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * A hospital set its wallet's own low-balance threshold: the balance below which an alert is raised, in place of the
 * platform's. Set by {@link SetLowBalanceThresholdCommand}; it moves no money.
 */
public record LowBalanceThresholdSetEvent(LowBalanceWatchId watchId, long hospitalId, Money threshold,
                                          long setByUserId, Instant setAt) {
}
