package com.shiftledger.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.Rejection;

import java.util.List;
import java.util.Map;

/**
 * The seed's error shape: {@code {"success": false, "message": ..., "errors": {"field": [...]}}}; a 402 carries
 * {@code required_amount} and {@code current_balance} instead of field errors.
 */
public record ErrorBody(boolean success, String message,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> errors,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Money requiredAmount,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Money currentBalance) {

    public static ErrorBody of(String message) {
        return new ErrorBody(false, message, Map.of(), null, null);
    }

    public static ErrorBody of(String message, Map<String, List<String>> errors) {
        return new ErrorBody(false, message, errors, null, null);
    }

    public static ErrorBody of(Rejection rejection) {
        return new ErrorBody(false, rejection.message(), rejection.errors(), rejection.requiredAmount(),
                rejection.currentBalance());
    }
}
