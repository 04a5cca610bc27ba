package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.rejection.InvalidIdentifierException;

/** Identifies a {@code VirtualAccount}; the number is the virtual account's public {@code id}. */
public record VirtualAccountId(long value) {

    public VirtualAccountId {
        if (value <= 0) {
            throw new InvalidIdentifierException("A virtual account id is a positive number, not " + value);
        }
    }

    /** The aggregate identifier in the event store, unique across aggregate types. */
    @Override
    public String toString() {
        return "virtual-account-" + value;
    }
}
