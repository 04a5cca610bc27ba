package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A hospital cancels its shift at {@code at}, before work started; funded escrow is released into a refund, less
 * the fee of the shift's refund terms. Answered with a {@link ShiftChange}.
 */
public record CancelShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, String reason,
                                 Instant at) {
}
