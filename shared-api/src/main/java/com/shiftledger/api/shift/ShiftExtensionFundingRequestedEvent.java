package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

/**
 * An extension was accepted and the shift asks its hospital's wallet {@code walletId} for the extension's price as
 * its funding number {@code fundingNumber} ({@code hospital:{h} → shift:{s}}); the shift funding process pays it and
 * answers with {@link ConfirmShiftFundingCommand} (then {@link ShiftExtensionAcceptedEvent}) or
 * {@link AbandonShiftFundingCommand} (the extension stays pending).
 */
public record ShiftExtensionFundingRequestedEvent(ShiftId shiftId, long extensionId, int fundingNumber,
                                                  WalletId walletId, Money amount) {

    public FundingReference funding() {
        return new FundingReference(shiftId, fundingNumber);
    }
}
