package com.shiftledger.api.rejection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects field errors of a request, in the seed's {@code {"field": ["message"]}} form, and refuses it with 422. */
public final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "The " + field.replace('_', ' ') + " field is required.");
        }
        return this;
    }

    public FieldErrors add(String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
        return this;
    }

    public RejectedException asException() {
        return RejectedException.invalid(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw RejectedException.invalid(errors);
        }
    }
}
