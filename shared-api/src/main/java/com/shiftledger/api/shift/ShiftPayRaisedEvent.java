package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;
import org.axonframework.serialization.Revision;

/** A revision that raised a published shift's pay was funded and now applies. */
@Revision("2")
public record ShiftPayRaisedEvent(ShiftId shiftId, int fundingNumber, Money amount, String transactionId,
                                  ShiftDetails details, ShiftSchedule schedule, ShiftTerms terms, ShiftPrice price) {
}
