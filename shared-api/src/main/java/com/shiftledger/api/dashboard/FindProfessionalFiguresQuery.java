package com.shiftledger.api.dashboard;

import java.time.YearMonth;

/** Asks for a professional's {@link ProfessionalFigures}, "this month" being {@code month} of the platform calendar. */
public record FindProfessionalFiguresQuery(long professionalId, YearMonth month) {
}
