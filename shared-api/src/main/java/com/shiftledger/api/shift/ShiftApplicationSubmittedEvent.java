package com.shiftledger.api.shift;

import com.shiftledger.api.sos.SosEligibility;
import com.shiftledger.api.wallet.WalletId;

/**
 * A professional applied for a shift; the application waits for the hospital's decision. On a shift with an
 * Emergency SOS, {@code emergency} says whether the application is eligible for its extra pay (null otherwise).
 */
public record ShiftApplicationSubmittedEvent(ShiftId shiftId, long applicationId, long professionalId,
                                             String professionalName, ProfessionType professionType,
                                             WalletId professionalWalletId, String coverNote,
                                             SosEligibility emergency) {
}
