package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A professional's work on a shift is complete at {@code at} (checked out, or marked completed by the
 * hospital {@code markingHospitalId}): the position is paid, once; see {@link PositionCompletedEvent}.
 */
public record CheckOutCommand(@TargetAggregateIdentifier ShiftId shiftId, long professionalId, Instant at,
                              Long markingHospitalId, String remarks) {

    public boolean markedByHospital() {
        return markingHospitalId != null;
    }
}
