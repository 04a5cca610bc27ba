package com.shiftledger.app.partner;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed webhook is tried again: after the n-th delay of {@code shiftledger.partner.retry-schedule},
 * lengthened by up to 20 % so that the webhooks of many shifts that failed together do not all come back at once
 * (never shortened: the schedule's sum is the least time a webhook is tried for, about 90 hours by default); after
 * the last delay's attempt fails too, never.
 */
final class RetrySchedule {

    static final double JITTER = 0.2;

    private final List<Duration> delays;
    private final DoubleSupplier random;

    /** {@code random} gives numbers from 0 (inclusive) to 1 (exclusive). */
    RetrySchedule(List<Duration> delays, DoubleSupplier random) {
        this.delays = List.copyOf(delays);
        this.random = random;
    }

    /** The delay before the retry that follows {@code failedSteps} failed retries, or empty when none is left. */
    Optional<Duration> delayAfter(int failedSteps) {
        if (failedSteps < 0 || failedSteps >= delays.size()) {
            return Optional.empty();
        }
        long millis = delays.get(failedSteps).toMillis();
        double factor = 1 + JITTER * random.getAsDouble();
        return Optional.of(Duration.ofMillis(Math.max(1, Math.round(millis * factor))));
    }
}
