package com.shiftledger.api.shift;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The side that did not ask ({@code decidedBy}, its profile id {@code deciderId}) accepts or rejects a pending
 * extension at {@code at}; an acceptance asks the hospital's wallet for the extension's price first
 * ({@link ShiftExtensionFundingRequestedEvent}).
 */
public record DecideShiftExtensionCommand(@TargetAggregateIdentifier ShiftId shiftId, long extensionId,
                                          ExtensionSide decidedBy, long deciderId, boolean accept, Instant at) {
}
