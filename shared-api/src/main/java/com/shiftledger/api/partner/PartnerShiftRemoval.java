package com.shiftledger.api.partner;

import com.shiftledger.api.shift.ShiftChange;

/** What deleting a partner shift did: {@code removed} is false when it had been deleted already. */
public record PartnerShiftRemoval(ShiftChange change, boolean removed) {
}
