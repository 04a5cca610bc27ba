package com.shiftledger.query.verification;

/** Where a verification stands: still checking, done with no violation, or done with violations or cut short. */
enum VerificationState {
    RUNNING,
    OK,
    FAILED;

    String code() {
        return name().toLowerCase();
    }

    static VerificationState of(String code) {
        return valueOf(code.toUpperCase());
    }
}
