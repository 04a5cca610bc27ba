package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/**
 * An Emergency SOS was opened for a shift at its tier: {@code extraPayPerProfessional} for each of the
 * {@code openPositions}, {@code totalExtraPay} in all, to be paid from the hospital's wallet into {@code sos:{o}}
 * before it is sent to the professionals within {@code radiusKm} of the hospital.
 */
public record EmergencySosOpenedEvent(SosId sosId, ShiftId shiftId, long hospitalId, WalletId walletId, SosTier tier,
                                      Money extraPayPerProfessional, int openPositions, Money totalExtraPay,
                                      Instant urgencyDeadline, int radiusKm, String message, long recipientsCount,
                                      ProfessionType professionType, GeoPoint location, Instant openedAt) {

    /** The reference of the wallet debit that funds this SOS. */
    public String fundingReference() {
        return "sos:" + sosId.value() + ":fund";
    }
}
