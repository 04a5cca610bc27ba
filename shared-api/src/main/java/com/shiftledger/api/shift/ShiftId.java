package com.shiftledger.api.shift;

import com.shiftledger.api.rejection.InvalidIdentifierException;

/** Identifies a {@code Shift}; the number is the shift's public {@code id}. */
public record ShiftId(long value) {

    public ShiftId {
        if (value <= 0) {
            throw new InvalidIdentifierException("A shift id is a positive number, not " + value);
        }
    }

    /** The aggregate identifier in the event store, unique across aggregate types. */
    @Override
    public String toString() {
        return "shift-" + value;
    }
}
