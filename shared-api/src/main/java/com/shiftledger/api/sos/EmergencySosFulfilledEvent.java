package com.shiftledger.api.sos;

import com.shiftledger.api.shift.ShiftId;

/** Every position of the SOS's shift was filled before its deadline. */
public record EmergencySosFulfilledEvent(SosId sosId, ShiftId shiftId) {
}
