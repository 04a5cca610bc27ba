package com.shiftledger.query.web;

import com.shiftledger.api.rejection.FieldErrors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Reads the optional filters of a list request; a filter with a value outside its enum is a 422. */
public final class ListFilters {

    private final FieldErrors errors = new FieldErrors();

    public String oneOf(String field, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalised = value.strip().toLowerCase();
        if (!allowed.contains(normalised)) {
            errors.add(field, "The selected " + field.replace('_', ' ') + " is invalid.");
            return null;
        }
        return normalised;
    }

    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "The " + field.replace('_', ' ') + " does not match the format Y-m-d.");
            return null;
        }
    }

    public void requireOrder(String fromField, LocalDate from, String toField, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(toField, "The " + toField.replace('_', ' ') + " must be a date after or equal to "
                    + fromField.replace('_', ' ') + ".");
        }
    }

    /** Refuses the request with 422 if any filter was invalid. */
    public void check() {
        errors.throwIfAny();
    }
}
