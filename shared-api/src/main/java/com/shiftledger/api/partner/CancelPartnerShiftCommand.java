package com.shiftledger.api.partner;

import com.shiftledger.api.shift.ShiftId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A partner deletes its shift: cancelled as a hospital cancels (its escrow refunded less the refund fee after the
 * hold period). Answered with a {@link PartnerShiftRemoval}.
 */
public record CancelPartnerShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long clientId, Instant at) {
}
