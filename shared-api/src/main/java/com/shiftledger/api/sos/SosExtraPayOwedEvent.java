package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

/**
 * The SOS owes {@code amount} to the professional of a completed eligible application; the SOS payout saga pays it
 * from the SOS's escrow into their wallet ({@code sos:{o} → professional:{p}}) under {@link #payoutReference()}.
 */
public record SosExtraPayOwedEvent(SosId sosId, long applicationId, long professionalId,
                                   WalletId professionalWalletId, Money amount) {

    public String payoutReference() {
        return "sos:" + sosId.value() + ":pay:" + applicationId;
    }
}
