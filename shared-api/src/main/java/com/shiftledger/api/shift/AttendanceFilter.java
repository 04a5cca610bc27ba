package com.shiftledger.api.shift;

import java.time.LocalDate;

/** The seed's attendance filters: one date, or a date range, and a status. */
public record AttendanceFilter(LocalDate date, LocalDate dateFrom, LocalDate dateTo, String status) {

    public static AttendanceFilter none() {
        return new AttendanceFilter(null, null, null, null);
    }
}
