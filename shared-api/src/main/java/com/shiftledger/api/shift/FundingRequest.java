package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

/** A funding a shift waits for: the amount to debit from the hospital's wallet under {@link #reference()}. */
public record FundingRequest(ShiftId shiftId, WalletId walletId, int fundingNumber, Money amount) {

    public String reference() {
        return ShiftFunding.reference(shiftId, fundingNumber);
    }
}
