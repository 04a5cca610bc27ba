package com.shiftledger.api.shift;

import com.shiftledger.api.wallet.WalletId;

/** A professional applied for a shift; the application waits for the hospital's decision. */
public record ShiftApplicationSubmittedEvent(ShiftId shiftId, long applicationId, long professionalId,
                                             String professionalName, ProfessionType professionType,
                                             WalletId professionalWalletId, String coverNote) {
}
