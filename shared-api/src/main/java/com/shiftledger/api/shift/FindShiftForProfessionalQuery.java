package com.shiftledger.api.shift;

import java.time.LocalDate;

/**
 * Asks for one shift as a professional may see it: when it is open to them (the rule of
 * {@link FindOpenShiftsQuery}, {@code from} being today) or they applied for it; answered with a
 * {@link ShiftView}, or none.
 */
public record FindShiftForProfessionalQuery(long shiftId, long professionalId, String professionType,
                                            LocalDate from) {
}
