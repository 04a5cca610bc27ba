package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** A hospital cancels its shift before work started; funded escrow is released into a refund, less the fee. */
public record CancelShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, String reason,
                                 BigDecimal refundFeePercent, Instant at) {
}
