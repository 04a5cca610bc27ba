package com.shiftledger.api.shift;

import java.time.Instant;

/**
 * Asks how many professionals checked in on a hospital's shifts from {@code from} until before {@code until}, and how
 * many positions were completed (checked out) in that time; answered with an {@link AttendanceCounts}.
 */
public record CountAttendanceQuery(long hospitalId, Instant from, Instant until) {
}
