package com.shiftledger.api.shift;

import java.time.LocalDate;

/**
 * Asks for one page of every hospital's shifts, latest shift date first, filtered by hospital, status and the first
 * shift date (each null for no filter); answered with a {@link ShiftList}. Its total is counted by
 * {@link CountShiftsDatedFromQuery} when a date is given, otherwise by the dashboard's counters.
 */
public record FindAllShiftsQuery(Long hospitalId, String status, LocalDate dateFrom, int page, int perPage) {
}
