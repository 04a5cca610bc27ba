package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The hospital accepts (never beyond the positions) or rejects a pending application at {@code at}. */
public record DecideShiftApplicationCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId,
                                            long applicationId, boolean accept, Instant at) {
}
