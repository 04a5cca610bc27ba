package com.shiftledger.api.shift;

import com.shiftledger.api.sos.SosId;

/** The shift's SOS was never sent (its funding was refused); the shift has no SOS again. */
public record ShiftEmergencySosDroppedEvent(ShiftId shiftId, SosId sosId) {
}
