package com.shiftledger.api.sos;

import com.shiftledger.api.shift.ShiftId;

/** The SOS's shift was cancelled; what nobody earned waits in its escrow for a refund request. */
public record EmergencySosCancelledEvent(SosId sosId, ShiftId shiftId) {
}
