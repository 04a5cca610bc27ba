package com.shiftledger.api.shift;

import com.shiftledger.api.sos.SosId;

/** The last open position of a shift with a sent SOS was filled before the SOS's deadline. */
public record ShiftEmergencySosFulfilledEvent(ShiftId shiftId, SosId sosId) {
}
