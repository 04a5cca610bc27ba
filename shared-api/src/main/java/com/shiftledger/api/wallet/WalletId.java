package com.shiftledger.api.wallet;

import com.shiftledger.api.rejection.InvalidIdentifierException;

/** Identifies a {@code Wallet}; the number is the wallet's public {@code id}. */
public record WalletId(long value) {

    public WalletId {
        if (value <= 0) {
            throw new InvalidIdentifierException("A wallet id is a positive number, not " + value);
        }
    }

    /** The aggregate identifier in the event store, unique across aggregate types. */
    @Override
    public String toString() {
        return "wallet-" + value;
    }
}
