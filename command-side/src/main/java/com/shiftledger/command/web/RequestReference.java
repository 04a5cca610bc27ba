package com.shiftledger.command.web;

/**
 * The reference under which a money-moving request is recorded. The idempotency layer derives it from the caller
 * and the request's {@code Idempotency-Key}, so that a request repeated after a crash moves nothing twice;
 * without a key the request uses its own {@link #or(String) fallback}. Controllers take it as a parameter and
 * never read the header themselves.
 */
public record RequestReference(String value) {

    private static final RequestReference NONE = new RequestReference(null);

    public static RequestReference none() {
        return NONE;
    }

    /** This reference, or {@code fallback} when the request carried no key. */
    public String or(String fallback) {
        return value == null ? fallback : value;
    }
}
