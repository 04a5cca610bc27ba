package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The hospital records that an accepted professional did not come; the position is not paid. */
public record MarkNoShowCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, long professionalId,
                                String remarks) {
}
