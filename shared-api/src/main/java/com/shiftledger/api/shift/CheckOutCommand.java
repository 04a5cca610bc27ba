package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A professional's work on a shift is complete at {@code at} (checked out, or marked completed by the
 * hospital {@code markingHospitalId}): the position is paid, once; see {@link PositionCompletedEvent}. On
 * {@code workDate}, a day an extension added, that day is paid ({@link ExtendedDayCompletedEvent}).
 */
public record CheckOutCommand(@TargetAggregateIdentifier ShiftId shiftId, long professionalId, Instant at,
                              Long markingHospitalId, String remarks, LocalDate workDate) {

    /** A check-out of the work open now: the shift's own day, or the extended day checked in. */
    public CheckOutCommand(ShiftId shiftId, long professionalId, Instant at, Long markingHospitalId, String remarks) {
        this(shiftId, professionalId, at, markingHospitalId, remarks, null);
    }

    public boolean markedByHospital() {
        return markingHospitalId != null;
    }
}
