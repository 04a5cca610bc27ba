package com.shiftledger.api.shift;

import java.time.Instant;

/** An accepted professional started work on a shift. */
public record ProfessionalCheckedInEvent(ShiftId shiftId, long applicationId, long professionalId, Instant at,
                                         boolean markedByHospital) {
}
