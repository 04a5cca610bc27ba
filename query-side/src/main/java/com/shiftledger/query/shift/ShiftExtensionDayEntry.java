package com.shiftledger.query.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.ShiftExtensionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The professional's attendance on one day a shift extension added. */
@Entity
@Table(name = "shift_extension_day_view")
class ShiftExtensionDayEntry {

    static final String PENDING = "pending";
    static final String CHECKED_IN = "checked_in";
    static final String COMPLETED = "completed";
    static final String MISSED = "missed";

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Column(name = "extension_id", nullable = false)
    private long extensionId;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;

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

    @Column(name = "extra_pay_paise")
    private Long extraPayPaise;

    protected ShiftExtensionDayEntry() {
    }

    ShiftExtensionDayEntry(long extensionId, LocalDate workDate) {
        this.id = idOf(extensionId, workDate);
        this.extensionId = extensionId;
        this.workDate = workDate;
        this.status = PENDING;
    }

    static String idOf(long extensionId, LocalDate workDate) {
        return extensionId + ":" + workDate;
    }

    void checkedIn(Instant at) {
        status = CHECKED_IN;
        checkInTime = at;
    }

    void completed(Instant checkedInAt, Instant checkedOutAt, long minutes, Money pay, Money extraPay) {
        status = COMPLETED;
        checkInTime = checkedInAt;
        checkOutTime = checkedOutAt;
        minutesWorked = minutes;
        amountEarnedPaise = pay.paise();
        extraPayPaise = extraPay.paise();
    }

    /** The extension ended before this day was checked in. */
    void missedIfPending() {
        if (status.equals(PENDING)) {
            status = MISSED;
        }
    }

    long extensionId() {
        return extensionId;
    }

    LocalDate workDate() {
        return workDate;
    }

    ShiftExtensionView.Day view() {
        return new ShiftExtensionView.Day(workDate, status, checkInTime, checkOutTime, minutesWorked,
                amountEarnedPaise == null ? null : Money.ofPaise(amountEarnedPaise),
                extraPayPaise == null ? null : Money.ofPaise(extraPayPaise));
    }
}
