package com.shiftledger.query.audit;

import com.shiftledger.api.rejection.FieldErrors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the audit endpoints' parameters: instants (ISO-8601, or a date meaning its start in UTC) and the format. */
final class AuditFilters {

    private static final List<String> FORMATS = List.of("json", "csv");

    private final FieldErrors errors = new FieldErrors();

    Instant required(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, "The " + field + " field is required.");
            return null;
        }
        return optional(field, value);
    }

    Instant optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "The " + field + " must be an ISO-8601 instant (2026-01-31T12:00:00Z) or a date as "
                    + "YYYY-MM-DD (its start in UTC).");
            return null;
        }
    }

    /** A period's end must come after its start. */
    void period(Instant from, Instant to) {
        if (from != null && to != null && !to.isAfter(from)) {
            errors.add("to", "The to must be after the from.");
        }
    }

    String format(String value) {
        if (value == null || value.isBlank()) {
            return "json";
        }
        String format = value.strip().toLowerCase();
        if (!FORMATS.contains(format)) {
            errors.add("format", FieldErrors.mustBeOneOf("format", FORMATS));
        }
        return format;
    }

    void check() {
        errors.throwIfAny();
    }
}
