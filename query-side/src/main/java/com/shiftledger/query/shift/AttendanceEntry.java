package com.shiftledger.query.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The attendance of one accepted application (same id): pending, then checked in, then completed with the
 * minutes worked and the professional pay it earned; or a no-show.
 */
@Entity
@Table(name = "attendance_view")
class AttendanceEntry {

    static final String PENDING = "pending";
    static final String CHECKED_IN = "checked_in";
    static final String COMPLETED = "completed";
    static final String NO_SHOW = "no_show";

    @Id
    private long id;

    @Column(name = "shift_id", nullable = false)
    private long shiftId;

    @Column(name = "shift_code", nullable = false, length = 40)
    private String shiftCode;

    @Column(name = "shift_title", nullable = false)
    private String shiftTitle;

    @Column(name = "shift_date", nullable = false)
    private LocalDate shiftDate;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "professional_id", nullable = false)
    private long professionalId;

    @Column(name = "professional_name")
    private String professionalName;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "check_in_time")
    private Instant checkInTime;

    @Column(name = "check_out_time")
    private Instant checkOutTime;

    @Column(name = "minutes_worked")
    private Long minutesWorked;

    @Column(name = "amount_earned_paise")
    private Long amountEarnedPaise;

    @Column(name = "remarks", length = 10000)
    private String remarks;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AttendanceEntry() {
    }

    AttendanceEntry(ShiftApplicationEntry application, ShiftEntry shift, Instant at) {
        this.id = application.id();
        this.shiftId = shift.id();
        this.shiftCode = shift.shiftCode();
        this.shiftTitle = shift.title();
        this.shiftDate = shift.shiftDate();
        this.hospitalId = shift.hospitalId();
        this.professionalId = application.professionalId();
        this.professionalName = application.professionalName();
        this.status = PENDING;
        this.updatedAt = at;
    }

    void shiftDescribed(ShiftEntry shift) {
        this.shiftTitle = shift.title();
        this.shiftDate = shift.shiftDate();
    }

    void checkedIn(Instant checkedInAt, Instant at) {
        if (status.equals(PENDING)) {
            status = CHECKED_IN;
            checkInTime = checkedInAt;
            updatedAt = at;
        }
    }

    void completed(Instant checkedInAt, Instant checkedOutAt, long minutes, long earnedPaise, String note,
                   Instant at) {
        if (status.equals(PENDING) || status.equals(CHECKED_IN)) {
            status = COMPLETED;
            if (checkedInAt != null) {
                checkInTime = checkedInAt;
            }
            checkOutTime = checkedOutAt;
            minutesWorked = minutes;
            amountEarnedPaise = earnedPaise;
            remarks = note;
            updatedAt = at;
        }
    }

    /** A partner's timecard says when the work was done; the attendance completes when the timecard is final. */
    void timecard(Instant checkedInAt, Instant checkedOutAt, long minutes, Instant at) {
        if (status.equals(PENDING) || status.equals(CHECKED_IN)) {
            checkInTime = checkedInAt;
            checkOutTime = checkedOutAt;
            minutesWorked = minutes;
            updatedAt = at;
        }
    }

    void noShow(String note, Instant at) {
        if (status.equals(PENDING)) {
            status = NO_SHOW;
            amountEarnedPaise = 0L;
            remarks = note;
            updatedAt = at;
        }
    }

    boolean isPending() {
        return status.equals(PENDING);
    }

    long id() {
        return id;
    }

    long shiftId() {
        return shiftId;
    }

    String shiftCode() {
        return shiftCode;
    }

    String shiftTitle() {
        return shiftTitle;
    }

    LocalDate shiftDate() {
        return shiftDate;
    }

    long hospitalId() {
        return hospitalId;
    }

    long professionalId() {
        return professionalId;
    }

    String professionalName() {
        return professionalName;
    }

    String status() {
        return status;
    }

    Instant checkInTime() {
        return checkInTime;
    }

    Instant checkOutTime() {
        return checkOutTime;
    }

    Long minutesWorked() {
        return minutesWorked;
    }

    Long amountEarnedPaise() {
        return amountEarnedPaise;
    }

    String remarks() {
        return remarks;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
