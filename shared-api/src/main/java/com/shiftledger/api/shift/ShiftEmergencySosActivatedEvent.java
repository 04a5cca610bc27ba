package com.shiftledger.api.shift;

import com.shiftledger.api.sos.SosId;

/** The shift's SOS is sent: applications until its deadline are eligible for its extra pay. */
public record ShiftEmergencySosActivatedEvent(ShiftId shiftId, SosId sosId) {
}
