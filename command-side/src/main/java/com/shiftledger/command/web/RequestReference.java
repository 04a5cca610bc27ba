package com.shiftledger.command.web;

import com.shiftledger.api.identity.Caller;

/**
 * The reference under which a money-moving request is recorded. With an {@code Idempotency-Key} it is derived
 * from the caller and the key, so a repeat after a crash moves nothing twice; without one it is the fallback.
 */
public final class RequestReference {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private RequestReference() {
    }

    public static String of(Caller caller, String idempotencyKey, String fallback) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return fallback;
        }
        return "request:" + caller.scope() + ":" + idempotencyKey.strip();
    }
}
