package com.shiftledger.app.web;

import java.time.Duration;

/** A caller asked too often: answered 429 with {@code Retry-After}, the seconds until it may ask again. */
public class TooManyRequestsException extends RuntimeException {

    private final transient Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a new attempt is allowed, at least 1. */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
