package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A hospital publishes its draft shift; the shift asks for its total to be funded
 * ({@link ShiftFundingRequestedEvent}) and answers a {@link FundingRequest}.
 */
public record PublishShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId) {
}
