package com.shiftledger.api.alert;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A hospital wallet's event number {@code walletSequence} took its balance from {@code balanceBefore} to
 * {@code balanceAfter} at {@code at}. The watch raises a {@link LowBalanceAlertRaisedEvent} when that crossed the
 * threshold in force downward, and answers the wallet's own threshold (null when the hospital set none).
 * <p>
 * Sent by the low-balance alert process, which keeps each wallet's own threshold where the wallet event stands in the
 * store: {@code thresholdInForce} is the wallet's own or else the platform's there, sent only for a fall that
 * {@link #crossesDownward crosses} it. While the process has not learned the wallet's own threshold it sends every
 * fall with {@code thresholdInForce} null; the watch then judges by its own, else {@code platformThreshold}, and its
 * answer teaches the process. A repeat of the same wallet event raises nothing more.
 */
public record CheckLowBalanceCommand(@TargetAggregateIdentifier LowBalanceWatchId watchId, long hospitalId,
                                     long walletSequence, Money balanceBefore, Money balanceAfter,
                                     Money platformThreshold, Money thresholdInForce, Instant at) {

    /** The threshold in force for a wallet: the hospital's own when it set one, else the platform's. */
    public static Money inForce(Money ownThreshold, Money platformThreshold) {
        return ownThreshold != null ? ownThreshold : platformThreshold;
    }

    /** Whether this fall took the balance from at or above {@code threshold} to below it. */
    public boolean crossesDownward(Money threshold) {
        return balanceBefore.compareTo(threshold) >= 0 && balanceAfter.compareTo(threshold) < 0;
    }
}
