package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted professional starts work at {@code at}: by checking in themselves (their {@code position} is
 * then checked against the hospital's location) or as marked by the hospital {@code markingHospitalId}. With a
 * {@code workDate} the work is that of a day an extension added ({@link ExtendedDayCheckedInEvent}).
 */
public record CheckInCommand(@TargetAggregateIdentifier ShiftId shiftId, long professionalId, Instant at,
                             GeoPoint position, Long markingHospitalId, LocalDate workDate) {

    /** A check-in on the day the clock says: the shift's own, or a day an extension added whose window is open. */
    public CheckInCommand(ShiftId shiftId, long professionalId, Instant at, GeoPoint position,
                          Long markingHospitalId) {
        this(shiftId, professionalId, at, position, markingHospitalId, null);
    }

    public boolean markedByHospital() {
        return markingHospitalId != null;
    }
}
