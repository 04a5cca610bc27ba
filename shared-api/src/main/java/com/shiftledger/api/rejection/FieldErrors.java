package com.shiftledger.api.rejection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Collects field errors of a request, in the seed's {@code {"field": ["message"]}} form, and refuses it with 422. */
public final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "The " + field.replace('_', ' ') + " field is required.");
        }
        return this;
    }

    /**
     * The refusal of a value outside its allowed set, naming every allowed value, for example "The action must be
     * one of: accept, reject." A list keeps its order; any other collection is sorted, so the text never varies.
     */
    public static String mustBeOneOf(String field, Collection<String> allowed) {
        List<String> values = allowed instanceof List<String> ordered ? ordered : allowed.stream().sorted().toList();
        return "The " + field.replace('_', ' ') + " must be one of: " + values.stream()
                .collect(Collectors.joining(", ")) + ".";
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
