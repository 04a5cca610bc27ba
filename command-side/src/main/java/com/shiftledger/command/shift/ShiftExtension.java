package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.ExtendedDayCheckedInEvent;
import com.shiftledger.api.shift.ExtendedDayCompletedEvent;
import com.shiftledger.api.shift.ExtensionSide;
import com.shiftledger.api.shift.ExtensionStatus;
import com.shiftledger.api.shift.ShiftExtensionAcceptedEvent;
import com.shiftledger.api.shift.ShiftExtensionEndedEvent;
import com.shiftledger.api.shift.ShiftExtensionRejectedEvent;
import com.shiftledger.api.shift.ShiftExtensionRequestedEvent;
import com.shiftledger.api.shift.ShiftSchedule;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to extend an accepted professional's work on a {@link Shift} to more days, and once accepted (and paid
 * into the shift's escrow) the professional's attendance on each of those days: checked in, then completed. Once its
 * last day has ended, the days never checked in are closed and their escrow goes back when the shift settles. A
 * member of the shift's consistency boundary: the shift decides, the extension keeps its own state from its own
 * events.
 */
class ShiftExtension {

    /** One day's attendance: when the professional checked in (null before), and whether the day is paid. */
    record DayAttendance(Instant checkedInAt, boolean completed) {
    }

    @EntityId
    private final long extensionId;
    private final long applicationId;
    private final long professionalId;
    private final ExtensionSide requestedBy;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final Map<LocalDate, ShiftSchedule> days;
    private final Money sosExtraPayPerDay;
    private final Money total;
    private ExtensionStatus status = ExtensionStatus.PENDING;
    private boolean ended;
    private final Map<LocalDate, DayAttendance> attendance = new HashMap<>();

    ShiftExtension(ShiftExtensionRequestedEvent requested) {
        this.extensionId = requested.extensionId();
        this.applicationId = requested.applicationId();
        this.professionalId = requested.professionalId();
        this.requestedBy = requested.requestedBy();
        this.startDate = requested.startDate();
        this.endDate = requested.endDate();
        this.days = new LinkedHashMap<>();
        requested.days().forEach(day -> days.put(day.shiftDate(), day));
        this.sosExtraPayPerDay = requested.sosExtraPayPerDay();
        this.total = requested.total();
    }

    @EventSourcingHandler
    void on(ShiftExtensionAcceptedEvent event) {
        status = ExtensionStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ShiftExtensionRejectedEvent event) {
        status = ExtensionStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ExtendedDayCheckedInEvent event) {
        attendance.put(event.workDate(), new DayAttendance(event.at(), false));
    }

    @EventSourcingHandler
    void on(ExtendedDayCompletedEvent event) {
        attendance.put(event.workDate(), new DayAttendance(event.checkedInAt(), true));
    }

    @EventSourcingHandler
    void on(ShiftExtensionEndedEvent event) {
        ended = true;
    }

    long extensionId() {
        return extensionId;
    }

    long applicationId() {
        return applicationId;
    }

    ExtensionSide requestedBy() {
        return requestedBy;
    }

    LocalDate endDate() {
        return endDate;
    }

    Money total() {
        return total;
    }

    Money sosExtraPayPerDay() {
        return sosExtraPayPerDay;
    }

    boolean isPending() {
        return status == ExtensionStatus.PENDING;
    }

    boolean isAccepted() {
        return status == ExtensionStatus.ACCEPTED;
    }

    boolean isRejected() {
        return status == ExtensionStatus.REJECTED;
    }

    boolean isEnded() {
        return ended;
    }

    /** Pending or accepted: its days are taken for this professional. */
    boolean holdsDays() {
        return status != ExtensionStatus.REJECTED;
    }

    boolean isFor(long professional) {
        return professionalId == professional;
    }

    /** Accepted for this professional and adding this day. */
    boolean covers(long professional, LocalDate date) {
        return isAccepted() && professionalId == professional && days.containsKey(date);
    }

    ShiftSchedule day(LocalDate date) {
        return days.get(date);
    }

    Instant lastDayEndsAt() {
        return days.get(endDate).endsAt();
    }

    boolean isCheckedIn(LocalDate date) {
        DayAttendance day = attendance.get(date);
        return day != null && day.checkedInAt() != null;
    }

    Instant checkedInAt(LocalDate date) {
        DayAttendance day = attendance.get(date);
        return day == null ? null : day.checkedInAt();
    }

    boolean isDone(LocalDate date) {
        DayAttendance day = attendance.get(date);
        return day != null && day.completed();
    }

    /** The day whose check-in window (from {@code opensBefore} before its start until its end) holds {@code at}. */
    Optional<LocalDate> dayOpenAt(Instant at, Duration opensBefore) {
        return days.values().stream()
                .filter(day -> !at.isBefore(day.startsAt().minus(opensBefore)) && !at.isAfter(day.endsAt()))
                .map(ShiftSchedule::shiftDate)
                .findFirst();
    }

    /** The day checked in and not yet completed, if any. */
    Optional<LocalDate> dayCheckedIn() {
        return attendance.entrySet().stream()
                .filter(day -> day.getValue().checkedInAt() != null && !day.getValue().completed())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The days never checked in: unworked once the extension has ended. */
    int daysNotCheckedIn() {
        return (int) days.keySet().stream().filter(date -> !isCheckedIn(date) && !isDone(date)).count();
    }

    /** Accepted with a day still to work: before its end a day may still be worked, after it only a checked-in one. */
    boolean hasOpenWork() {
        if (!isAccepted()) {
            return false;
        }
        boolean allDone = days.keySet().stream().allMatch(this::isDone);
        return !allDone && (!ended || dayCheckedIn().isPresent());
    }

    /** Two extensions are equal in all they remember (the test fixture compares a shift's state this way). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ShiftExtension that && extensionId == that.extensionId
                && applicationId == that.applicationId && professionalId == that.professionalId
                && requestedBy == that.requestedBy && startDate.equals(that.startDate) && endDate.equals(that.endDate)
                && days.equals(that.days) && sosExtraPayPerDay.equals(that.sosExtraPayPerDay)
                && total.equals(that.total) && status == that.status && ended == that.ended
                && attendance.equals(that.attendance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(extensionId);
    }
}
