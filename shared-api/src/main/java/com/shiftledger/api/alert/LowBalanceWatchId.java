package com.shiftledger.api.alert;

import com.shiftledger.api.rejection.InvalidIdentifierException;
import com.shiftledger.api.wallet.WalletId;

/**
 * Identifies the {@code LowBalanceWatch} of one hospital wallet: its own threshold, its alerts and their reviews.
 * See {@link LowBalanceAlertRaisedEvent}.
 */
public record LowBalanceWatchId(WalletId walletId) {

    public LowBalanceWatchId {
        if (walletId == null) {
            throw new InvalidIdentifierException("A low-balance watch belongs to a wallet");
        }
    }

    /** The aggregate identifier in the event store, unique across aggregate types. */
    @Override
    public String toString() {
        return "low-balance-" + walletId;
    }
}
