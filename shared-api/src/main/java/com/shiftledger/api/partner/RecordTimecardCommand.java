package com.shiftledger.api.partner;

import com.shiftledger.api.shift.ShiftId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A partner sends the timecard of its shift's accepted professional at {@code at}; it becomes final at
 * {@code finalAt} (the review period later), when the position completes and is paid. The same timecard again
 * changes nothing; another one is refused (it is corrected with {@link CorrectTimecardCommand}). Answered with the
 * {@link TimecardState}.
 */
public record RecordTimecardCommand(@TargetAggregateIdentifier ShiftId shiftId, long clientId, Timecard timecard,
                                    Instant finalAt, Instant at) {
}
