package com.shiftledger.api.shift;

/**
 * What applying for a shift did: the shift's change, and whether the application was accepted at once (a staffing
 * partner's shift takes its first applicant) rather than left pending for the hospital to decide.
 */
public record ShiftApplied(ShiftChange change, boolean accepted) {

    /** The application's status as the seed names it. */
    public String status() {
        return accepted ? "accepted" : "pending";
    }
}
