package com.shiftledger.api.rejection;

import com.shiftledger.api.money.Money;

import java.util.List;
import java.util.Map;

/** Thrown when a command or request is refused (nothing has changed) or its outcome is not known yet. Carries the {@link Rejection}. */
public class RejectedException extends RuntimeException {

    private final transient Rejection rejection;

    public RejectedException(Rejection rejection) {
        super(rejection.message());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    public static RejectedException notFound(String message) {
        return new RejectedException(new Rejection(RejectionKind.NOT_FOUND, message, Map.of(), null, null));
    }

    public static RejectedException conflict(String message) {
        return new RejectedException(new Rejection(RejectionKind.CONFLICT, message, Map.of(), null, null));
    }

    public static RejectedException badRequest(String message) {
        return new RejectedException(new Rejection(RejectionKind.BAD_REQUEST, message, Map.of(), null, null));
    }

    public static RejectedException badRequest(String field, String message) {
        return new RejectedException(new Rejection(RejectionKind.BAD_REQUEST, message,
                Map.of(field, List.of(message)), null, null));
    }

    public static RejectedException forbidden(String message) {
        return new RejectedException(new Rejection(RejectionKind.FORBIDDEN, message, Map.of(), null, null));
    }

    public static RejectedException invalid(String field, String message) {
        return new RejectedException(new Rejection(RejectionKind.VALIDATION, message,
                Map.of(field, List.of(message)), null, null));
    }

    public static RejectedException invalid(Map<String, List<String>> errors) {
        String first = errors.values().stream().flatMap(List::stream).findFirst().orElse("The given data was invalid.");
        return new RejectedException(new Rejection(RejectionKind.VALIDATION, first, errors, null, null));
    }

    /**
     * The request was accepted but its outcome is not known yet (for example a payment the wallet has not
     * decided on within the wait); repeating it with the same {@code Idempotency-Key} shows the outcome.
     */
    public static RejectedException stillProcessing(String message) {
        return new RejectedException(new Rejection(RejectionKind.STILL_PROCESSING, message, Map.of(), null, null));
    }

    public static RejectedException insufficientBalance(Money required, Money current) {
        return new RejectedException(new Rejection(RejectionKind.INSUFFICIENT_BALANCE,
                "Insufficient wallet balance. Required: ₹" + required.toRupees().toPlainString(),
                Map.of(), required, current));
    }
}
