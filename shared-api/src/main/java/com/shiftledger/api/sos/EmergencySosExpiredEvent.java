package com.shiftledger.api.sos;

import com.shiftledger.api.shift.ShiftId;

/** The SOS's urgency deadline passed: later applications are not eligible for its extra pay. */
public record EmergencySosExpiredEvent(SosId sosId, ShiftId shiftId) {
}
