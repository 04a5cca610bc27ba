package com.shiftledger.api.shift;

/** How a position is paid: a fixed amount per shift, or a rate per hour. */
public enum PayType {
    HOURLY,
    FIXED;

    public String code() {
        return name().toLowerCase();
    }
}
