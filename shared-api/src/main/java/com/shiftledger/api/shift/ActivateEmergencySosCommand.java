package com.shiftledger.api.shift;

import com.shiftledger.api.sos.SosId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The shift's SOS is funded and sent: applications until its deadline are eligible. A repeat changes nothing. */
public record ActivateEmergencySosCommand(@TargetAggregateIdentifier ShiftId shiftId, SosId sosId) {
}
