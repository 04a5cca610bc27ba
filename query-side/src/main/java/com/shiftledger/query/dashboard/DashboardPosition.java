package com.shiftledger.query.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A position a professional was accepted for (same id as the application) and what became of it: still held, worked,
 * a no-show, given up (a partner's reopened position) or lost because the shift was cancelled.
 */
@Entity
@Table(name = "dashboard_position")
class DashboardPosition {

    static final String HELD = "held";
    static final String COMPLETED = "completed";
    static final String NO_SHOW = "no_show";
    static final String REOPENED = "reopened";
    static final String CANCELLED = "cancelled";

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "shift_id", nullable = false)
    private long shiftId;

    @Column(name = "professional_id", nullable = false)
    private long professionalId;

    @Column(name = "state", nullable = false, length = 20)
    private String state;

    protected DashboardPosition() {
    }

    DashboardPosition(long applicationId, long shiftId, long professionalId) {
        this.applicationId = applicationId;
        this.shiftId = shiftId;
        this.professionalId = professionalId;
        this.state = HELD;
    }

    boolean isHeld() {
        return state.equals(HELD);
    }

    /** Ends a held position with {@code outcome}; answers whether it was still held. */
    boolean ends(String outcome) {
        if (!isHeld()) {
            return false;
        }
        state = outcome;
        return true;
    }

    long applicationId() {
        return applicationId;
    }

    long professionalId() {
        return professionalId;
    }
}
