package com.shiftledger.api.shift;

/** Why an accepted professional's position is open again. */
public enum ReopenReason {
    /** The professional withdrew before the work started. */
    WITHDRAWN,
    /** The professional did not come. */
    NO_SHOW;

    public String code() {
        return name().toLowerCase();
    }
}
