package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.ShiftId;

/** The SOS was never sent: its hospital's wallet held {@code walletBalance}, less than {@code requiredAmount}. */
public record EmergencySosAbandonedEvent(SosId sosId, ShiftId shiftId, Money requiredAmount, Money walletBalance) {
}
