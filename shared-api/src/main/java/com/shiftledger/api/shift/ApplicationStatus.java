package com.shiftledger.api.shift;

/** Where an application for a shift stands. */
public enum ApplicationStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    WITHDRAWN,
    CANCELLED,
    /** Accepted on a partner's shift, then a no-show: the position went to the next professional. */
    RELEASED;

    public String code() {
        return name().toLowerCase();
    }
}
