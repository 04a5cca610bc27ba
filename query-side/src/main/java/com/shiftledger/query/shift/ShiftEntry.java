package com.shiftledger.query.shift;

import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftPrice;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftStatus;
import com.shiftledger.api.shift.ShiftTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A shift as of the last of its events that was projected. {@code version} is that event's sequence number in the
 * shift's stream: an event at or before it was projected already and changes nothing when redelivered.
 */
@Entity
@Table(name = "shift_view")
class ShiftEntry {

    @Id
    private long id;

    @Column(name = "shift_code", nullable = false, length = 40)
    private String shiftCode;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "hospital_name")
    private String hospitalName;

    @Column(name = "wallet_id", nullable = false)
    private long walletId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", length = 10000)
    private String description;

    @Column(name = "shift_date", nullable = false)
    private LocalDate shiftDate;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "is_night_shift", nullable = false)
    private boolean nightShift;

    @Column(name = "profession_type", nullable = false, length = 20)
    private String professionType;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "positions_required", nullable = false)
    private int positionsRequired;

    @Column(name = "positions_filled", nullable = false)
    private int positionsFilled;

    @Column(name = "pay_type", nullable = false, length = 10)
    private String payType;

    @Column(name = "pay_rate_paise", nullable = false)
    private long payRatePaise;

    @Column(name = "priority", nullable = false, length = 10)
    private String priority;

    @Column(name = "is_emergency", nullable = false)
    private boolean emergency;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "professional_pay_paise", nullable = false)
    private long professionalPayPaise;

    @Column(name = "service_charge_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal serviceChargePercent;

    @Column(name = "service_charge_paise", nullable = false)
    private long serviceChargePaise;

    @Column(name = "facility_pay_paise", nullable = false)
    private long facilityPayPaise;

    @Column(name = "total_amount_paise", nullable = false)
    private long totalAmountPaise;

    @Column(name = "escrow_balance_paise", nullable = false)
    private long escrowBalancePaise;

    @Column(name = "applications_count", nullable = false)
    private int applicationsCount;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "ended", nullable = false)
    private boolean ended;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "version", nullable = false)
    private long version;

    protected ShiftEntry() {
    }

    ShiftEntry(long id, String shiftCode, long hospitalId, String hospitalName, long walletId, ShiftDetails details,
               ShiftSchedule schedule, ShiftTerms terms, ShiftPrice price, long version, Instant at) {
        this.id = id;
        this.shiftCode = shiftCode;
        this.hospitalId = hospitalId;
        this.hospitalName = hospitalName;
        this.walletId = walletId;
        this.status = ShiftStatus.DRAFT.code();
        this.createdAt = at;
        this.version = version;
        describe(details, schedule, terms, price, at);
    }

    /**
     * Takes the shift's event with sequence number {@code sequence}, unless it (or a later event of this shift) was
     * projected already.
     */
    boolean takes(long sequence, Instant at) {
        if (sequence <= version) {
            return false;
        }
        version = sequence;
        touch(at);
        return true;
    }

    /** The sequence number of the shift's last projected event: its version as the read side shows it. */
    long version() {
        return version;
    }

    void describe(ShiftDetails details, ShiftSchedule schedule, ShiftTerms terms, ShiftPrice price, Instant at) {
        this.title = details.title();
        this.description = details.description();
        this.professionType = details.professionType().code();
        this.departmentId = details.departmentId();
        this.priority = details.priority() == null ? "normal" : details.priority().code();
        this.emergency = details.emergency();
        this.shiftDate = schedule.shiftDate();
        this.startTime = schedule.startTime();
        this.endTime = schedule.endTime();
        this.nightShift = schedule.nightShift();
        this.startsAt = schedule.startsAt();
        this.endsAt = schedule.endsAt();
        this.payType = terms.payType().code();
        this.payRatePaise = terms.payRate().paise();
        this.positionsRequired = terms.positions();
        this.serviceChargePercent = terms.serviceChargePercent();
        this.professionalPayPaise = price.professionalPay().paise();
        this.serviceChargePaise = price.serviceCharge().paise();
        this.facilityPayPaise = price.facilityPay().paise();
        this.totalAmountPaise = price.total().paise();
        touch(at);
    }

    void published(Instant at) {
        if (hasStatus(ShiftStatus.DRAFT)) {
            status = ShiftStatus.PUBLISHED.code();
            publishedAt = at;
        }
    }

    /** The first check-in or completed position starts the work on a published shift. */
    /** The shift's Emergency SOS is sent: the shift is shown as an emergency. */
    void emergencySent() {
        emergency = true;
    }

    void workStarted() {
        if (hasStatus(ShiftStatus.PUBLISHED)) {
            status = ShiftStatus.IN_PROGRESS.code();
        }
    }

    void completed(Instant at) {
        if (!hasStatus(ShiftStatus.CANCELLED) && !hasStatus(ShiftStatus.COMPLETED)) {
            status = ShiftStatus.COMPLETED.code();
            completedAt = at;
        }
    }

    void cancelled(Instant at) {
        if (!hasStatus(ShiftStatus.CANCELLED)) {
            status = ShiftStatus.CANCELLED.code();
            cancelledAt = at;
        }
    }

    void ended() {
        ended = true;
    }

    void escrowChangedBy(long paise) {
        escrowBalancePaise += paise;
    }

    void counted(int applications, int accepted) {
        applicationsCount = applications;
        positionsFilled = accepted;
    }

    private boolean hasStatus(ShiftStatus expected) {
        return status.equals(expected.code());
    }

    private void touch(Instant at) {
        if (updatedAt == null || at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    long id() {
        return id;
    }

    String shiftCode() {
        return shiftCode;
    }

    long hospitalId() {
        return hospitalId;
    }

    String hospitalName() {
        return hospitalName;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    LocalDate shiftDate() {
        return shiftDate;
    }

    LocalTime startTime() {
        return startTime;
    }

    LocalTime endTime() {
        return endTime;
    }

    boolean nightShift() {
        return nightShift;
    }

    String professionType() {
        return professionType;
    }

    Long departmentId() {
        return departmentId;
    }

    int positionsRequired() {
        return positionsRequired;
    }

    int positionsFilled() {
        return positionsFilled;
    }

    String payType() {
        return payType;
    }

    long payRatePaise() {
        return payRatePaise;
    }

    String priority() {
        return priority;
    }

    boolean emergency() {
        return emergency;
    }

    String status() {
        return status;
    }

    long professionalPayPaise() {
        return professionalPayPaise;
    }

    BigDecimal serviceChargePercent() {
        return serviceChargePercent;
    }

    long serviceChargePaise() {
        return serviceChargePaise;
    }

    long facilityPayPaise() {
        return facilityPayPaise;
    }

    long totalAmountPaise() {
        return totalAmountPaise;
    }

    long escrowBalancePaise() {
        return escrowBalancePaise;
    }

    int applicationsCount() {
        return applicationsCount;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
