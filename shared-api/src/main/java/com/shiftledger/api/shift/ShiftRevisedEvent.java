package com.shiftledger.api.shift;

import org.axonframework.serialization.Revision;

/** A shift's details, schedule or terms changed without money needed from the wallet. */
@Revision("2")
public record ShiftRevisedEvent(ShiftId shiftId, ShiftDetails details, ShiftSchedule schedule, ShiftTerms terms,
                                ShiftPrice price) {
}
