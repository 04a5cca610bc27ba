package com.shiftledger.api.shift;

import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A professional applies for a published shift of their profession with open positions, once. */
public record ApplyForShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long applicationId,
                                   long professionalId, String professionalName, ProfessionType professionType,
                                   WalletId professionalWalletId, String coverNote) {
}
