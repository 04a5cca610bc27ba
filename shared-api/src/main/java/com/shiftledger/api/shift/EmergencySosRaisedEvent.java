package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.sos.SosId;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/**
 * The shift raised an Emergency SOS: {@code extraPayPerProfessional} (the tier's percent of a position's
 * professional pay, half-up) for each of its {@code openPositions}, {@code totalExtraPay} in all, for applications
 * until {@code urgencyDeadline}. The SOS process opens and funds the {@code EmergencySos}; until it is sent no other
 * SOS can be raised on the shift.
 */
public record EmergencySosRaisedEvent(ShiftId shiftId, SosId sosId, long hospitalId, WalletId walletId, SosTier tier,
                                      Money extraPayPerProfessional, int openPositions, Money totalExtraPay,
                                      Instant urgencyDeadline, int radiusKm, String message, long recipientsCount,
                                      ProfessionType professionType, GeoPoint location, Instant raisedAt) {
}
