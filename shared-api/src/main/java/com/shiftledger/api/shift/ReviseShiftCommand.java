package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * A hospital changes its shift. A draft simply takes the change; on a published shift higher pay asks for
 * funding ({@link ShiftFundingRequestedEvent}), lower pay releases escrow into a refund
 * ({@link ShiftEscrowReleasedEvent}). Answered with a {@link RevisionOutcome}.
 */
public record ReviseShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, ShiftDetails details,
                                 ShiftSchedule schedule, ShiftTerms terms,
                                 BigDecimal refundFeePercent) {
}
