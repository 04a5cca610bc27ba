package com.shiftledger.api.shift;

/** A shift's details, schedule or terms changed without money needed from the wallet. */
public record ShiftRevisedEvent(ShiftId shiftId, ShiftDetails details, ShiftSchedule schedule, ShiftTerms terms,
                                ShiftPrice price) {
}
