package com.shiftledger.api.subscription;

import com.shiftledger.api.rejection.InvalidIdentifierException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Identifies a hospital's {@code MonthlyUsage}: what it used of its plan's limits in one calendar month
 * ({@code yyyy-MM}, in the platform's time zone).
 */
public record MonthlyUsageId(long hospitalId, String month) {

    public MonthlyUsageId {
        if (hospitalId <= 0) {
            throw new InvalidIdentifierException("A hospital id is a positive number, not " + hospitalId);
        }
        try {
            if (month == null || !YearMonth.parse(month).toString().equals(month)) {
                throw new InvalidIdentifierException("A month is written yyyy-MM, not " + month);
            }
        } catch (DateTimeParseException invalid) {
            throw new InvalidIdentifierException("A month is written yyyy-MM, not " + month);
        }
    }

    public static MonthlyUsageId of(long hospitalId, YearMonth month) {
        return new MonthlyUsageId(hospitalId, month.toString());
    }

    /** The aggregate identifier in the event store, unique across aggregate types. */
    @Override
    public String toString() {
        return "usage-hospital-" + hospitalId + "-" + month;
    }
}
