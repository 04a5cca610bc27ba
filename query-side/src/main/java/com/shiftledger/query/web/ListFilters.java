package com.shiftledger.query.web;

import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.rest.PageRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Reads the optional filters of a list request; a filter with a value outside its enum is a 422. */
public final class ListFilters {

    /** The deepest page a strictly checked list serves; beyond it a client should narrow its filters. */
    public static final long MAX_PAGE = 10_000;

    private final FieldErrors errors = new FieldErrors();

    public String oneOf(String field, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalised = value.strip().toLowerCase();
        if (!allowed.contains(normalised)) {
            errors.add(field, FieldErrors.mustBeOneOf(field, allowed));
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
            errors.add(field, "The " + field.replace('_', ' ') + " must be a date as YYYY-MM-DD (ISO-8601).");
            return null;
        }
    }

    /**
     * A whole number from {@code min} to {@code max}, or null when absent; anything else (not a number, out of range,
     * too large for any number) is a field error.
     */
    public Long wholeNumber(String field, String value, long min, long max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (!text.matches("[+-]?[0-9]+")) {
            errors.add(field, "The " + field.replace('_', ' ') + " must be a whole number.");
            return null;
        }
        String digits = text.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        long number = digits.length() > 18 ? (text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE)
                : Long.parseLong(text);
        if (number < min || number > max) {
            errors.add(field, "The " + field.replace('_', ' ') + " must be between " + min + " and " + max + ".");
            return null;
        }
        return number;
    }

    /**
     * The page asked for, checked strictly: {@code page} from 1 to {@link #MAX_PAGE}, {@code per_page} from 1 to
     * {@link PageRequest#MAX_PER_PAGE}; absent, the first page of {@code defaultPerPage}.
     */
    public PageRequest page(String page, String perPage, int defaultPerPage) {
        Long number = wholeNumber("page", page, 1, MAX_PAGE);
        Long size = wholeNumber("per_page", perPage, 1, PageRequest.MAX_PER_PAGE);
        return new PageRequest(number == null ? 1 : number.intValue(), size == null ? defaultPerPage : size.intValue());
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
