package com.shiftledger.api.shift;

import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A hospital creates a shift as a draft; see {@link ShiftCreatedEvent}. Publishing funds it. */
public record CreateShiftCommand(@TargetAggregateIdentifier ShiftId shiftId, long hospitalId, String hospitalName,
                                 WalletId walletId, String shiftCode, ShiftDetails details, ShiftSchedule schedule,
                                 ShiftTerms terms, GeoPoint location) {
}
