package com.shiftledger.query.dashboard;

import com.shiftledger.api.shift.ShiftStatus;

import java.util.Locale;

/** What a {@link DashboardCounter} counts; which scopes count it is said with each. */
enum Figure {
    /** Hospital, its months, platform: shifts created and not discarded, drafts included. */
    SHIFTS,
    /** Hospital, its months, platform: shifts in each status now (a shift's month is the one it was created in). */
    DRAFT_SHIFTS,
    PUBLISHED_SHIFTS,
    IN_PROGRESS_SHIFTS,
    COMPLETED_SHIFTS,
    CANCELLED_SHIFTS,
    /** Hospital: shifts ever funded (published). */
    FUNDED_SHIFTS,
    /** Hospital and its months: paise paid for shifts and SOS less refunds credited; may be below 0 in a month. */
    SPENT,
    /** Hospital: the service charges of its completed positions, in paise. */
    SERVICE_CHARGES_PAID,
    /** Hospital: distinct professionals ever accepted. */
    PROFESSIONALS_HIRED,
    /** Professional: positions they completed. */
    COMPLETED_POSITIONS,
    /** Professional: shifts cancelled while they held a position on them. */
    CANCELLED_POSITIONS,
    /** Professional and their months: shift pay and SOS extra pay credited, in paise. */
    EARNINGS,
    /** Platform and its months: what {@code platform:revenue} earned, in paise. */
    REVENUE,
    /** Platform and its months: hospitals registered. */
    HOSPITALS,
    /** Platform and its months: professionals registered. */
    PROFESSIONALS;

    /** The figure counting the shifts in a status. */
    static Figure shiftsIn(ShiftStatus status) {
        return switch (status) {
            case DRAFT -> DRAFT_SHIFTS;
            case PUBLISHED -> PUBLISHED_SHIFTS;
            case IN_PROGRESS -> IN_PROGRESS_SHIFTS;
            case COMPLETED -> COMPLETED_SHIFTS;
            case CANCELLED -> CANCELLED_SHIFTS;
        };
    }

    /** The key of this figure's counter in a scope. */
    String in(String scope) {
        return scope + "/" + name().toLowerCase(Locale.ROOT);
    }
}
