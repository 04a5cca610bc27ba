package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

/**
 * A requested funding was not paid and the shift stays as it was before the request: the wallet refused it
 * ({@code requiredAmount} and {@code walletBalance} say why), or the shift was cancelled first (both null).
 */
public record ShiftFundingAbandonedEvent(ShiftId shiftId, int fundingNumber, Money requiredAmount,
                                         Money walletBalance) {

    public boolean refusedByWallet() {
        return requiredAmount != null;
    }
}
