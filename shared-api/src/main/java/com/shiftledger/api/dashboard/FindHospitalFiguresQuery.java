package com.shiftledger.api.dashboard;

import java.time.YearMonth;

/** Asks for a hospital's {@link HospitalFigures}, "this month" being {@code month} of the platform's calendar. */
public record FindHospitalFiguresQuery(long hospitalId, YearMonth month) {
}
