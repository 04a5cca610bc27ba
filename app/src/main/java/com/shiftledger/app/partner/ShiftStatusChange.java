package com.shiftledger.app.partner;

/** What a webhook tells a partner about its shift, as the IntelyCare document names it ({@code shiftStatus}). */
enum ShiftStatusChange {
    /** A professional was accepted for the shift. */
    ACCEPTED("Accepted"),
    /** The accepted professional's work is final and paid. */
    COMPLETED("Completed"),
    /** The accepted professional withdrew or did not come; the shift is open again. */
    RELEASED("Released"),
    /** The shift was cancelled. */
    DELETED("Deleted");

    private final String label;

    ShiftStatusChange(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
