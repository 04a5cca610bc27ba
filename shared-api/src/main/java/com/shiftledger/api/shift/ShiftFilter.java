package com.shiftledger.api.shift;

import java.time.LocalDate;

/**
 * The seed's filters of {@code POST /hospital/fetch-shifts}: status, {@code filter_status}
 * ({@code today_shift} or {@code upcoming}), date, profession type, free-text search, and sorting.
 */
public record ShiftFilter(String status, String filterStatus, LocalDate shiftDate, String professionType,
                          String search, String sortBy, String sortOrder) {

    public static ShiftFilter byStatus(String status) {
        return new ShiftFilter(status, null, null, null, null, null, null);
    }
}
