package com.shiftledger.command.shift;

import com.shiftledger.api.rejection.FieldErrors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The optional {@code date} of an attendance request: the day an extension added that the work is for. */
final class WorkDates {

    static final String DATE_FORMAT = "The date must be a date as YYYY-MM-DD (ISO-8601).";
    static final String NO_SHOW_WITHOUT_DATE = "A no-show is marked for the shift's own day; an extended day that is "
            + "not worked is closed when its extension ends.";

    private WorkDates() {
    }

    /** The date, null when none was sent; a malformed one is a field error. */
    static LocalDate parse(FieldErrors errors, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add("date", DATE_FORMAT);
            return null;
        }
    }
}
