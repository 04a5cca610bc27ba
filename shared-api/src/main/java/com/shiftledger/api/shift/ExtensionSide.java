package com.shiftledger.api.shift;

/** Who of the two parties to an accepted application asked for a {@link ShiftExtensionRequestedEvent} or answers it. */
public enum ExtensionSide {
    HOSPITAL,
    PROFESSIONAL;

    public String code() {
        return name().toLowerCase();
    }

    /** The side that answers a request this side made. */
    public ExtensionSide other() {
        return this == HOSPITAL ? PROFESSIONAL : HOSPITAL;
    }
}
