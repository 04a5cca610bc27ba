package com.shiftledger.api.rejection;

import com.shiftledger.api.money.Money;

import java.util.List;
import java.util.Map;

/**
 * A refusal: its kind, a message for people, field errors for forms, and for an insufficient balance the
 * amount required and the balance there is. Travels as the details of a command's failure.
 */
public record Rejection(RejectionKind kind, String message, Map<String, List<String>> errors, Money requiredAmount,
                        Money currentBalance) {

    public Rejection {
        errors = errors == null ? Map.of() : Map.copyOf(errors);
    }
}
