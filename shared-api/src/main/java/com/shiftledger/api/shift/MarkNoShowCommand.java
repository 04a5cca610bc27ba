package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The hospital records at {@code at} that an accepted professional did not come; the position is not paid. */
public record MarkNoShowCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, long professionalId,
                                String remarks, Instant at) {
}
