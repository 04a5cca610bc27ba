package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

/**
 * A shift asked for funding number {@code fundingNumber}: for publishing, or for a revision that raises its pay
 * (then {@code details}, {@code schedule}, {@code terms} and {@code price} are the revision, applied once funded).
 */
public record ShiftFundingRequestedEvent(ShiftId shiftId, int fundingNumber, Money amount, boolean publish,
                                         ShiftDetails details, ShiftSchedule schedule, ShiftTerms terms,
                                         ShiftPrice price) {
}
