package com.shiftledger.app.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code ttl}, so that scrapes from several Prometheus servers cost the database one
 * query. A failed read answers {@code unavailable} (gauges then report NaN) and is retried on the next call.
 */
final class Cached<T> {

    private static final Logger log = LoggerFactory.getLogger(Cached.class);

    private final Supplier<T> loader;
    private final T unavailable;
    private final Duration ttl;
    private final Clock clock;
    private T value;
    private Instant loadedAt = Instant.MIN;

    Cached(Supplier<T> loader, T unavailable, Duration ttl, Clock clock) {
        this.loader = loader;
        this.unavailable = unavailable;
        this.ttl = ttl;
        this.clock = clock;
    }

    synchronized T get() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(loadedAt.plus(ttl))) {
            try {
                value = loader.get();
                loadedAt = now;
            } catch (RuntimeException e) {
                log.debug("Could not read a metric's value", e);
                return unavailable;
            }
        }
        return value;
    }
}
