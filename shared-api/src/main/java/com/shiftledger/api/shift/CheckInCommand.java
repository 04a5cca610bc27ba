package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An accepted professional starts work at {@code at}: by checking in themselves (their {@code position} is
 * then checked against the hospital's location) or as marked by the hospital {@code markingHospitalId}.
 */
public record CheckInCommand(@TargetAggregateIdentifier ShiftId shiftId, long professionalId, Instant at,
                             GeoPoint position, Long markingHospitalId) {

    public boolean markedByHospital() {
        return markingHospitalId != null;
    }
}
