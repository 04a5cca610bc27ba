package com.shiftledger.api.shift;

import com.shiftledger.api.sos.SosId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The shift's SOS could not be funded: the shift forgets it, and another may be raised. A repeat changes nothing. */
public record DropEmergencySosCommand(@TargetAggregateIdentifier ShiftId shiftId, SosId sosId) {
}
