package com.shiftledger.api.shift;

import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A professional applies at {@code at} for a published shift of their profession with open positions, once; while
 * the shift has a sent Emergency SOS and before its deadline the application is eligible for its extra pay.
 */
public record ApplyForShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long applicationId,
                                   long professionalId, String professionalName, ProfessionType professionType,
                                   WalletId professionalWalletId, String coverNote, Instant at) {
}
