package com.shiftledger.api.shift;

import java.time.Instant;

/** An application for a shift, with the professional who applied and, for detail views, the shift. */
public record ApplicationView(long id, long shiftId, long hospitalId, String status, String coverNote,
                              ProfessionalSummary professional, ShiftView shift, Instant appliedAt,
                              Instant decidedAt) {

    /** The professional as the hospital sees them on an application. */
    public record ProfessionalSummary(long id, String firstName, String lastName, String professionType) {
    }
}
