package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A professional withdraws their pending application. */
public record WithdrawShiftApplicationCommand(@TargetAggregateIdentifier ShiftId shiftId, long applicationId,
                                              long professionalId) {
}
