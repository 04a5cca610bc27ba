package com.shiftledger.api.refund;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

/** A refund is processing: its amount is being credited to the hospital's wallet. */
public record RefundReleaseStartedEvent(RefundId refundId, WalletId walletId, Money refundAmount) {

    /** The reference of the wallet credit that returns this refund. */
    public String creditReference() {
        return "refund:" + refundId.code() + ":release";
    }
}
