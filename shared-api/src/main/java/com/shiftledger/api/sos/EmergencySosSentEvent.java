package com.shiftledger.api.sos;

import com.shiftledger.api.shift.ShiftId;

import java.time.Instant;

/**
 * The SOS's extra pay is in its escrow (wallet transaction {@code transactionId}) and the SOS is sent: applications
 * until {@code urgencyDeadline} are eligible for the extra pay.
 */
public record EmergencySosSentEvent(SosId sosId, ShiftId shiftId, String transactionId, Instant urgencyDeadline) {
}
