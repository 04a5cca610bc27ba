package com.shiftledger.api.identity;

/** The three kinds of user of the ShiftPro apps. */
public enum Role {
    ADMIN,
    HOSPITAL,
    PROFESSIONAL;

    public String code() {
        return name().toLowerCase();
    }
}
