package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Removes a draft that was created to be published at once but could not be funded, so that the refused
 * request leaves nothing behind; see {@link ShiftDiscardedEvent}.
 */
public record DiscardShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId) {
}
