package com.shiftledger.api.shift;

/**
 * Asks for one page of attendance records of a hospital's shifts or of a professional (exactly one of the
 * two ids is set), newest shift first; answered with an {@link AttendancePage}.
 */
public record FindAttendancesQuery(Long hospitalId, Long professionalId, AttendanceFilter filter, int page,
                                   int perPage) {
}
