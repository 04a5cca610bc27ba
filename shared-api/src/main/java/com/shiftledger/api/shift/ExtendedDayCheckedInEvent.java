package com.shiftledger.api.shift;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The professional started work at {@code at} on {@code workDate}, a day an accepted extension added to the shift:
 * checked in themselves or as marked by the hospital.
 */
public record ExtendedDayCheckedInEvent(ShiftId shiftId, long extensionId, long applicationId, long professionalId,
                                        LocalDate workDate, Instant at, boolean markedByHospital) {
}
