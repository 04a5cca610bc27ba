package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The wallet refused funding {@code fundingNumber} (too little balance): the shift stays as it was. */
public record AbandonShiftFundingCommand(@TargetAggregateIdentifier ShiftId shiftId, int fundingNumber) {
}
