package com.shiftledger.api.partner;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A partner changes its shift (times, unit, professional type, boost): the new details and schedule, and the hourly
 * pay its rate card gives them. Re-priced by the same rules as a hospital's change (a raise is paid from the
 * wallet, a cut is refunded after the hold period). Answered with a {@link com.shiftledger.api.shift.ShiftChange}.
 */
public record RevisePartnerShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long clientId,
                                        ShiftDetails details, ShiftSchedule schedule, Money payPerHour, Instant at) {
}
