package com.shiftledger.api.shift;

/**
 * The check-ins ({@code checkedIn}, whether or not checked out since) and completed positions ({@code completed}) of
 * a hospital's shifts in a period: the answer to {@link CountAttendanceQuery}.
 */
public record AttendanceCounts(long checkedIn, long completed) {
}
