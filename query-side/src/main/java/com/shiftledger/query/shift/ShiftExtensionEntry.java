package com.shiftledger.query.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.ExtensionStatus;
import com.shiftledger.api.shift.ShiftExtensionRequestedEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One shift extension as both of its sides list it: who asked, its days, its price and where it stands. */
@Entity
@Table(name = "shift_extension_view")
class ShiftExtensionEntry {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "shift_id", nullable = false)
    private long shiftId;

    @Column(name = "shift_title", nullable = false, length = 255)
    private String shiftTitle;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "professional_id", nullable = false)
    private long professionalId;

    @Column(name = "professional_name", length = 255)
    private String professionalName;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "requested_by", nullable = false, length = 20)
    private String requestedBy;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "days_count", nullable = false)
    private int daysCount;

    @Column(name = "pay_per_day_paise", nullable = false)
    private long payPerDayPaise;

    @Column(name = "service_charge_per_day_paise", nullable = false)
    private long serviceChargePerDayPaise;

    @Column(name = "extra_pay_per_day_paise", nullable = false)
    private long extraPayPerDayPaise;

    @Column(name = "total_paise", nullable = false)
    private long totalPaise;

    @Column(name = "transaction_id", length = 20)
    private String transactionId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ShiftExtensionEntry() {
    }

    ShiftExtensionEntry(ShiftExtensionRequestedEvent event, ShiftEntry shift, String professionalName, Instant at) {
        this.id = event.extensionId();
        this.shiftId = shift.id();
        this.shiftTitle = shift.title();
        this.startTime = shift.startTime();
        this.endTime = shift.endTime();
        this.applicationId = event.applicationId();
        this.hospitalId = event.hospitalId();
        this.professionalId = event.professionalId();
        this.professionalName = professionalName;
        this.status = ExtensionStatus.PENDING.code();
        this.requestedBy = event.requestedBy().code();
        this.startDate = event.startDate();
        this.endDate = event.endDate();
        this.daysCount = event.days().size();
        this.payPerDayPaise = event.professionalPayPerDay().paise();
        this.serviceChargePerDayPaise = event.serviceChargePerDay().paise();
        this.extraPayPerDayPaise = event.sosExtraPayPerDay().paise();
        this.totalPaise = event.total().paise();
        this.requestedAt = at;
    }

    void accepted(String transaction, Instant at) {
        status = ExtensionStatus.ACCEPTED.code();
        transactionId = transaction;
        decidedAt = at;
    }

    void rejected(Instant at) {
        status = ExtensionStatus.REJECTED.code();
        decidedAt = at;
    }

    long id() {
        return id;
    }

    long shiftId() {
        return shiftId;
    }

    String shiftTitle() {
        return shiftTitle;
    }

    LocalTime startTime() {
        return startTime;
    }

    LocalTime endTime() {
        return endTime;
    }

    long applicationId() {
        return applicationId;
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

    String requestedBy() {
        return requestedBy;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    int daysCount() {
        return daysCount;
    }

    Money payPerDay() {
        return Money.ofPaise(payPerDayPaise);
    }

    Money serviceChargePerDay() {
        return Money.ofPaise(serviceChargePerDayPaise);
    }

    Money extraPayPerDay() {
        return Money.ofPaise(extraPayPerDayPaise);
    }

    Money total() {
        return Money.ofPaise(totalPaise);
    }

    String transactionId() {
        return transactionId;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
