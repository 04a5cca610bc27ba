package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A hospital changes its shift at {@code at}. A draft simply takes the change; on a published shift higher pay
 * asks for funding ({@link ShiftFundingRequestedEvent}), lower pay releases escrow into a refund less the
 * {@code refundFeePercent} fee ({@link ShiftEscrowReleasedEvent}). Answered with a {@link RevisionOutcome}.
 */
public record ReviseShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, ShiftChanges changes,
                                 ClaimedAmounts claimed, ZoneId zone, BigDecimal refundFeePercent, Instant at) {
}
