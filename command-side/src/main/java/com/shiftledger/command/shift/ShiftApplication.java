package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.partner.Timecard;
import com.shiftledger.api.partner.TimecardCorrectedEvent;
import com.shiftledger.api.partner.TimecardRecordedEvent;
import com.shiftledger.api.partner.TimecardState;
import com.shiftledger.api.shift.ApplicationStatus;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionalCheckedInEvent;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftApplicationRejectedEvent;
import com.shiftledger.api.shift.ShiftApplicationWithdrawnEvent;
import com.shiftledger.api.shift.ShiftPositionReopenedEvent;
import com.shiftledger.api.sos.SosEligibility;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A professional's application for a {@link Shift}, and once accepted their attendance: checked in, then done
 * (completed or a no-show). On a partner's shift the partner's timecard records the work, and a withdrawal or a
 * no-show of the accepted professional gives the position up. A member of the shift's consistency boundary: the
 * shift decides, the application keeps its own state from its own events.
 */
class ShiftApplication {

    @EntityId
    private final long applicationId;
    private final long professionalId;
    private final WalletId walletId;
    private final SosEligibility emergency;
    private ApplicationStatus status = ApplicationStatus.PENDING;
    private Instant checkedInAt;
    private boolean done;
    private TimecardState timecard;

    ShiftApplication(long applicationId, long professionalId, WalletId walletId, SosEligibility emergency) {
        this.applicationId = applicationId;
        this.professionalId = professionalId;
        this.walletId = walletId;
        this.emergency = emergency;
    }

    @EventSourcingHandler
    void on(ShiftApplicationWithdrawnEvent event) {
        status = ApplicationStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ShiftApplicationAcceptedEvent event) {
        status = ApplicationStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ShiftApplicationRejectedEvent event) {
        status = ApplicationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ShiftPositionReopenedEvent event) {
        if (status == ApplicationStatus.ACCEPTED) {
            status = ApplicationStatus.RELEASED;
        }
    }

    @EventSourcingHandler
    void on(TimecardRecordedEvent event) {
        timecard = new TimecardState(event.timecard(), event.recordedAt(), null, event.finalAt());
    }

    @EventSourcingHandler
    void on(TimecardCorrectedEvent event) {
        timecard = new TimecardState(event.timecard(), timecard.recordedAt(), event.correctedAt(),
                timecard.finalAt());
    }

    @EventSourcingHandler
    void on(ProfessionalCheckedInEvent event) {
        checkedInAt = event.at();
    }

    @EventSourcingHandler
    void on(PositionCompletedEvent event) {
        done = true;
    }

    @EventSourcingHandler
    void on(ProfessionalMarkedNoShowEvent event) {
        done = true;
    }

    long applicationId() {
        return applicationId;
    }

    long professionalId() {
        return professionalId;
    }

    WalletId walletId() {
        return walletId;
    }

    /** The Emergency SOS extra pay this application earns per day worked: zero unless it was eligible. */
    Money sosExtraPayPerDay() {
        return emergency != null && emergency.eligible() ? emergency.extraPay() : Money.ZERO;
    }

    Instant checkedInAt() {
        return checkedInAt;
    }

    /** The partner's timecard of this professional's work; null until one is sent. */
    TimecardState timecard() {
        return timecard;
    }

    boolean hasTimecard() {
        return timecard != null;
    }

    /** Whether the timecard says exactly this (a repeated request). */
    boolean hasTimecard(Timecard sent) {
        return timecard != null && timecard.timecard().equals(sent);
    }

    boolean isBy(long professional) {
        return professionalId == professional;
    }

    boolean isPending() {
        return status == ApplicationStatus.PENDING;
    }

    boolean isAccepted() {
        return status == ApplicationStatus.ACCEPTED;
    }

    boolean isCheckedIn() {
        return checkedInAt != null;
    }

    /** Completed or a no-show: the attendance is final. */
    boolean isDone() {
        return done;
    }

    /** Accepted and not yet done: the shift cannot settle while such work is open. */
    boolean hasOpenWork() {
        return isAccepted() && !done;
    }

    /** Checked in, a timecard sent, or done: the shift can no longer be changed or cancelled. */
    boolean hasStarted() {
        return checkedInAt != null || timecard != null || done;
    }

    /** Two applications are equal in all they remember (the test fixture compares a shift's state this way). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ShiftApplication that && applicationId == that.applicationId
                && professionalId == that.professionalId && Objects.equals(walletId, that.walletId)
                && Objects.equals(emergency, that.emergency)
                && status == that.status && Objects.equals(checkedInAt, that.checkedInAt) && done == that.done
                && Objects.equals(timecard, that.timecard);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(applicationId);
    }

    /**
     * The minutes worked by {@code checkedOutAt}: from the check-in, or the whole schedule when the hospital marks
     * the work completed without one.
     */
    long minutesWorkedBy(Instant checkedOutAt, long scheduledMinutes) {
        return checkedInAt == null ? scheduledMinutes : Duration.between(checkedInAt, checkedOutAt).toMinutes();
    }
}
