package com.shiftledger.api.partner;

import com.shiftledger.api.shift.ShiftId;

import java.time.Instant;

/** The partner corrected the timecard before it was final; the position will be paid on the corrected one. */
public record TimecardCorrectedEvent(ShiftId shiftId, long applicationId, long professionalId, Timecard timecard,
                                     long minutesWorked, Instant correctedAt) {
}
