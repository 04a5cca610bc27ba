package com.shiftledger.api.partner;

import com.shiftledger.api.shift.ShiftId;

import java.time.Instant;

/**
 * The partner sent the timecard of the accepted professional's work; it can be corrected until {@code finalAt},
 * when the position completes with its minutes (capped at the scheduled ones) and is paid.
 */
public record TimecardRecordedEvent(ShiftId shiftId, long applicationId, long professionalId, Timecard timecard,
                                    long minutesWorked, Instant recordedAt, Instant finalAt) {
}
