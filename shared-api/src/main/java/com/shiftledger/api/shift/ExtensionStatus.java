package com.shiftledger.api.shift;

/** Where a shift extension stands: asked for, accepted and funded, or rejected by the side that did not ask. */
public enum ExtensionStatus {
    PENDING,
    ACCEPTED,
    REJECTED;

    public String code() {
        return name().toLowerCase();
    }
}
