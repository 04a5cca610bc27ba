package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The hospital accepts (never beyond the positions) or rejects a pending application. */
public record DecideShiftApplicationCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId,
                                            long applicationId, boolean accept) {
}
