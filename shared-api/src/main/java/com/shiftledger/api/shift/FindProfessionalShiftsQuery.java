package com.shiftledger.api.shift;

import java.time.LocalDate;

/**
 * Asks for the shifts a professional is accepted for: {@code upcoming} (not yet completed, dated today or
 * later) or {@code completed} (their position completed); answered with a {@link ShiftPage}.
 */
public record FindProfessionalShiftsQuery(long professionalId, String kind, LocalDate today, int page,
                                          int perPage) {
}
