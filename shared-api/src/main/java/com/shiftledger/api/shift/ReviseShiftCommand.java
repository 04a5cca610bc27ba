package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A hospital changes its shift at {@code at} (dates and times in {@code zone}). A draft simply takes the change; on
 * a published shift higher pay asks for funding ({@link ShiftFundingRequestedEvent}), lower pay releases escrow
 * into a refund less the refund fee ({@link ShiftEscrowReleasedEvent}). Answered with a {@link ShiftChange}.
 */
public record ReviseShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, ShiftChanges changes,
                                 ClaimedAmounts claimed, ZoneId zone, Instant at) {
}
