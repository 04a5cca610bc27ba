package com.shiftledger.query.shift;

import com.shiftledger.api.shift.ApplicationStatus;
import com.shiftledger.api.shift.ReopenReason;
import com.shiftledger.api.sos.SosEligibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A professional's application for a shift and where it stands. */
@Entity
@Table(name = "shift_application_view")
class ShiftApplicationEntry {

    @Id
    private long id;

    @Column(name = "shift_id", nullable = false)
    private long shiftId;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "professional_id", nullable = false)
    private long professionalId;

    @Column(name = "professional_name")
    private String professionalName;

    @Column(name = "profession_type", length = 20)
    private String professionType;

    @Column(name = "professional_wallet_id")
    private Long professionalWalletId;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "cover_note", length = 10000)
    private String coverNote;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sos_id")
    private Long sosId;

    @Column(name = "sos_urgency_tier", length = 40)
    private String sosUrgencyTier;

    @Column(name = "sos_urgency_deadline")
    private Instant sosUrgencyDeadline;

    @Column(name = "sos_extra_pay_paise")
    private Long sosExtraPayPaise;

    @Column(name = "sos_eligible", nullable = false)
    private boolean sosEligible;

    @Column(name = "days_covered", nullable = false)
    private int daysCovered = 1;

    protected ShiftApplicationEntry() {
    }

    ShiftApplicationEntry(long id, long shiftId, long hospitalId, long professionalId, String professionalName,
                          String professionType, Long professionalWalletId, String coverNote, Instant at) {
        this.id = id;
        this.shiftId = shiftId;
        this.hospitalId = hospitalId;
        this.professionalId = professionalId;
        this.professionalName = professionalName;
        this.professionType = professionType;
        this.professionalWalletId = professionalWalletId;
        this.status = ApplicationStatus.PENDING.code();
        this.coverNote = coverNote;
        this.appliedAt = at;
        this.updatedAt = at;
    }

    /** The application came to a shift with an Emergency SOS: what the SOS offers it, and whether it earns it. */
    void emergency(SosEligibility eligibility) {
        this.sosId = eligibility.sosId().value();
        this.sosUrgencyTier = eligibility.urgencyTier();
        this.sosUrgencyDeadline = eligibility.urgencyDeadline();
        this.sosExtraPayPaise = eligibility.extraPay().paise();
        this.sosEligible = eligibility.eligible();
    }

    /** An accepted extension added days to this professional's work on the shift. */
    void extendedBy(int days, Instant at) {
        daysCovered += days;
        updatedAt = at;
    }

    /** Moves a pending application to its decision; anything else has been decided already and stays. */
    boolean decide(ApplicationStatus decision, Instant at) {
        if (!isPending()) {
            return false;
        }
        status = decision.code();
        decidedAt = at;
        updatedAt = at;
        return true;
    }

    /** An accepted professional of a partner's shift gave the position up: withdrawn, or released on a no-show. */
    void positionReopened(ReopenReason reason, Instant at) {
        status = (reason == ReopenReason.WITHDRAWN ? ApplicationStatus.WITHDRAWN : ApplicationStatus.RELEASED).code();
        decidedAt = at;
        updatedAt = at;
    }

    /** A cancelled shift ends its pending and accepted applications. */
    void shiftCancelled(Instant at) {
        if (isPending() || status.equals(ApplicationStatus.ACCEPTED.code())) {
            status = ApplicationStatus.CANCELLED.code();
            decidedAt = at;
            updatedAt = at;
        }
    }

    private boolean isPending() {
        return status.equals(ApplicationStatus.PENDING.code());
    }

    long id() {
        return id;
    }

    long shiftId() {
        return shiftId;
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

    String professionType() {
        return professionType;
    }

    String status() {
        return status;
    }

    String coverNote() {
        return coverNote;
    }

    Instant appliedAt() {
        return appliedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    Long sosId() {
        return sosId;
    }

    String sosUrgencyTier() {
        return sosUrgencyTier;
    }

    Instant sosUrgencyDeadline() {
        return sosUrgencyDeadline;
    }

    Long sosExtraPayPaise() {
        return sosExtraPayPaise;
    }

    /** The shift's own day and every day an accepted extension added. */
    int daysCovered() {
        return daysCovered;
    }

    boolean sosEligible() {
        return sosEligible;
    }
}
