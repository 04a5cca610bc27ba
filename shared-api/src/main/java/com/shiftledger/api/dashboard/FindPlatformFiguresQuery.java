package com.shiftledger.api.dashboard;

import java.time.YearMonth;

/** Asks for the {@link PlatformFigures}, "this month" being {@code month} of the platform's calendar. */
public record FindPlatformFiguresQuery(YearMonth month) {
}
