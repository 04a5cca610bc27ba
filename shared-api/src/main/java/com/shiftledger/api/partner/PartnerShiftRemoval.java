package com.shiftledger.api.partner;

import com.shiftledger.api.shift.ShiftChange;

import java.time.LocalDate;

/**
 * What deleting a partner shift did: {@code removed} is false when it had been deleted already; {@code shiftDate} is
 * the day the shift was for.
 */
public record PartnerShiftRemoval(ShiftChange change, boolean removed, LocalDate shiftDate) {
}
