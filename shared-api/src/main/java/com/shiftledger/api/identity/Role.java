package com.shiftledger.api.identity;

/**
 * The kinds of user: the ShiftPro apps' admin, hospital and professional, and the auditor, who reads the ledger,
 * the audit and the finance lists and changes nothing.
 */
public enum Role {
    ADMIN,
    HOSPITAL,
    PROFESSIONAL,
    AUDITOR;

    public String code() {
        return name().toLowerCase();
    }
}
