package com.shiftledger.api.shift;

import java.time.LocalDate;

/**
 * Asks for the published shifts a professional can take: their profession, open positions, not yet ended
 * ({@code from} is today in the platform's time zone); answered with a {@link ShiftPage}.
 */
public record FindOpenShiftsQuery(long professionalId, String professionType, LocalDate from, int page,
                                  int perPage) {
}
