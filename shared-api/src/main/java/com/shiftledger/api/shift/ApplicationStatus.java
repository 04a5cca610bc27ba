package com.shiftledger.api.shift;

/** Where an application for a shift stands. */
public enum ApplicationStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    WITHDRAWN,
    CANCELLED;

    public String code() {
        return name().toLowerCase();
    }
}
