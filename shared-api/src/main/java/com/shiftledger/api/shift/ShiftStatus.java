package com.shiftledger.api.shift;

/** The seed's shift lifecycle: draft, published (funded), in progress (work started), completed, cancelled. */
public enum ShiftStatus {
    DRAFT,
    PUBLISHED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    public String code() {
        return name().toLowerCase();
    }
}
