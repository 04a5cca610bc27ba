package com.shiftledger.api.sos;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.rejection.InvalidIdentifierException;

/** Identifies an {@code EmergencySos}; the number is the SOS's public {@code id}. */
public record SosId(long value) {

    public SosId {
        if (value <= 0) {
            throw new InvalidIdentifierException("An SOS id is a positive number, not " + value);
        }
    }

    /** The SOS's escrow account, {@code sos:{id}}. */
    public Account account() {
        return Account.sos(value);
    }

    /** The aggregate identifier in the event store, unique across aggregate types. */
    @Override
    public String toString() {
        return "sos-" + value;
    }
}
