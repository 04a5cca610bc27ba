package com.shiftledger.query.dashboard;

import java.time.YearMonth;

/** Whose figures a counter holds: a hospital's, a professional's or the platform's, in all or in one month. */
final class Scope {

    static final String PLATFORM = "platform";

    private Scope() {
    }

    static String hospital(long hospitalId) {
        return "hospital:" + hospitalId;
    }

    static String hospital(long hospitalId, YearMonth month) {
        return hospital(hospitalId) + ":" + month;
    }

    static String professional(long professionalId) {
        return "professional:" + professionalId;
    }

    static String professional(long professionalId, YearMonth month) {
        return professional(professionalId) + ":" + month;
    }

    static String platform(YearMonth month) {
        return PLATFORM + ":" + month;
    }
}
