package com.shiftledger.query.dashboard;

import com.shiftledger.api.shift.ShiftStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.YearMonth;

/**
 * What the dashboards need to know of a shift to move it between the counters: its hospital, its status now (as the
 * shift read model moves it), the month it was created in, and whether it was ever funded.
 */
@Entity
@Table(name = "dashboard_shift")
class DashboardShift {

    @Id
    @Column(name = "shift_id")
    private long shiftId;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "created_month", nullable = false, length = 7)
    private String createdMonth;

    @Column(name = "funded", nullable = false)
    private boolean funded;

    protected DashboardShift() {
    }

    DashboardShift(long shiftId, long hospitalId, YearMonth createdMonth) {
        this.shiftId = shiftId;
        this.hospitalId = hospitalId;
        this.status = ShiftStatus.DRAFT.name();
        this.createdMonth = createdMonth.toString();
    }

    /** The counters this shift is counted in: its hospital's, its hospital's month of creation, the platform's. */
    String[] scopes() {
        return new String[] {Scope.hospital(hospitalId), Scope.hospital(hospitalId, YearMonth.parse(createdMonth)),
                Scope.PLATFORM};
    }

    /** Marks the shift funded; answers whether this is its first funding. */
    boolean funded() {
        if (funded) {
            return false;
        }
        funded = true;
        return true;
    }

    void moveTo(ShiftStatus newStatus) {
        status = newStatus.name();
    }

    boolean is(ShiftStatus expected) {
        return status().equals(expected);
    }

    ShiftStatus status() {
        return ShiftStatus.valueOf(status);
    }

    long shiftId() {
        return shiftId;
    }

    long hospitalId() {
        return hospitalId;
    }
}
