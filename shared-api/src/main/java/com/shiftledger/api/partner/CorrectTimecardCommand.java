package com.shiftledger.api.partner;

import com.shiftledger.api.shift.ShiftId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A partner corrects the timecard of its shift while it is not final yet. Answered with the {@link TimecardState}. */
public record CorrectTimecardCommand(@TargetAggregateIdentifier ShiftId shiftId, long clientId, Timecard timecard,
                                     Instant at) {
}
