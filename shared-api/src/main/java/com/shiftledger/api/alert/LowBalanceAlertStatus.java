package com.shiftledger.api.alert;

/** Where a low-balance alert stands: {@code open} when raised, {@code reviewed} once an admin looked at it. */
public enum LowBalanceAlertStatus {
    OPEN,
    REVIEWED;

    public String code() {
        return name().toLowerCase();
    }
}
