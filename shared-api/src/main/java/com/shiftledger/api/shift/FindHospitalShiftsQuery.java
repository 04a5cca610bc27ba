package com.shiftledger.api.shift;

/** Asks for one page of a hospital's shifts, filtered and sorted; answered with a {@link ShiftPage}. */
public record FindHospitalShiftsQuery(long hospitalId, ShiftFilter filter, int page, int perPage) {
}
