package com.shiftledger.api.shift;

import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.sos.SosId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A hospital raises an Emergency SOS {@code sosId} on its published shift at {@code at}, at an urgency tier, to reach
 * professionals within {@code radiusKm}. The shift refuses when it has an active SOS or no open position, prices the
 * extra pay and records {@link EmergencySosRaisedEvent}; answered with a {@link ShiftChange}.
 */
public record RaiseEmergencySosCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, SosId sosId,
                                       SosTier tier, int radiusKm, String message, long recipientsCount, Instant at) {
}
