package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * An application for a shift, with the professional who applied and, for detail views, the shift. On a shift with an
 * Emergency SOS it says whether it earns the SOS's extra pay ({@code eligibleForExtraPay}, {@code extraPayAmount})
 * and carries the seed's {@code emergency_info}.
 */
public record ApplicationView(long id, long shiftId, long hospitalId, String status, String coverNote,
                              ProfessionalSummary professional, ShiftView shift, Instant appliedAt,
                              Instant decidedAt, boolean eligibleForExtraPay, Money extraPayAmount,
                              EmergencyInfo emergencyInfo) {

    /** The professional as the hospital sees them on an application. */
    public record ProfessionalSummary(long id, String firstName, String lastName, String professionType) {
    }

    /**
     * The seed's {@code emergency_info}: the shift has an SOS, whether this application came within its deadline
     * and earns its extra pay, per day and in all; the deadline in the platform's time zone.
     */
    public record EmergencyInfo(boolean isEmergencyShift, boolean eligibleForExtraPay, Money extraPayPerDay,
                                Money totalExtraPay, String urgencyTier, String urgencyDeadline,
                                boolean appliedWithinDeadline) {
    }
}
