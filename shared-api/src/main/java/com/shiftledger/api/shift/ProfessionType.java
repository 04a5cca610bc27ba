package com.shiftledger.api.shift;

/** The professions a shift can ask for, as the ShiftPro apps spell them. */
public enum ProfessionType {
    DOCTOR,
    NURSE,
    TECHNICIAN,
    STAFF,
    PARAMEDIC;

    public String code() {
        return name().toLowerCase();
    }
}
