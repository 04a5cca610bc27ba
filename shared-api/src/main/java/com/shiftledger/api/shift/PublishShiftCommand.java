package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A hospital publishes its draft shift at {@code at} (it must not have ended); the shift asks for its total to be
 * funded ({@link ShiftFundingRequestedEvent}) and answers a {@link ShiftChange} naming the funding.
 */
public record PublishShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, Instant at) {
}
