package com.shiftledger.api.shift;

/** How urgently a shift needs to be filled. */
public enum ShiftPriority {
    NORMAL,
    URGENT,
    CRITICAL;

    public String code() {
        return name().toLowerCase();
    }
}
