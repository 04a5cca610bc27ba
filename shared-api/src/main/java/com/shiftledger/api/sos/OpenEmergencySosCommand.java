package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Opens the Emergency SOS a shift raised (see {@code EmergencySosRaisedEvent}); sent by the SOS process. A repeat
 * changes nothing. See {@link EmergencySosOpenedEvent}.
 */
public record OpenEmergencySosCommand(@TargetAggregateIdentifier SosId sosId, ShiftId shiftId, long hospitalId,
                                      WalletId walletId, SosTier tier, Money extraPayPerProfessional,
                                      int openPositions, Money totalExtraPay, Instant urgencyDeadline, int radiusKm,
                                      String message, long recipientsCount, ProfessionType professionType,
                                      GeoPoint location, Instant openedAt) {
}
