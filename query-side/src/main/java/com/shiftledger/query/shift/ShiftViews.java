package com.shiftledger.query.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.AttendanceView;
import com.shiftledger.api.shift.ShiftExtensionView;
import com.shiftledger.api.shift.ShiftView;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;

/** Turns the read model's rows into the views the queries answer with. */
final class ShiftViews {

    private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private ShiftViews() {
    }

    static ShiftView shift(ShiftEntry s) {
        return new ShiftView(s.id(), s.shiftCode(), s.hospitalId(), s.hospitalName(), s.title(), s.description(),
                s.shiftDate(), time(s.startTime()), time(s.endTime()), s.nightShift(), s.professionType(),
                s.departmentId(), s.positionsRequired(), s.positionsFilled(), s.payType(),
                Money.ofPaise(s.payRatePaise()), s.priority(), s.emergency(), s.status(),
                Money.ofPaise(s.professionalPayPaise()), s.serviceChargePercent(),
                Money.ofPaise(s.serviceChargePaise()), Money.ofPaise(s.facilityPayPaise()),
                Money.ofPaise(s.totalAmountPaise()), Money.ofPaise(s.escrowBalancePaise()), s.applicationsCount(),
                s.startsAt(), s.endsAt(), s.publishedAt(), s.createdAt(), s.updatedAt());
    }

    /**
     * An application, with its shift for detail views or without ({@code shift} null) in a shift's list; on a shift
     * with an Emergency SOS with its {@code emergency_info}, the deadline in the platform's {@code zone}.
     */
    static ApplicationView application(ShiftApplicationEntry a, ShiftView shift, ZoneId zone) {
        Money extraPay = a.sosExtraPayPaise() == null ? null : Money.ofPaise(a.sosExtraPayPaise());
        // the extra pay is per day: the shift's own and each day an accepted extension added
        Money totalExtraPay = a.sosEligible() ? extraPay.times(a.daysCovered()) : Money.ZERO;
        ApplicationView.EmergencyInfo emergency = a.sosId() == null ? null : new ApplicationView.EmergencyInfo(true,
                a.sosEligible(), extraPay, totalExtraPay, a.sosUrgencyTier(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.sosUrgencyDeadline().atZone(zone)),
                a.sosEligible());
        return new ApplicationView(a.id(), a.shiftId(), a.hospitalId(), a.status(), a.coverNote(), professional(a),
                shift, a.appliedAt(), a.decidedAt(), a.sosEligible(), a.sosEligible() ? extraPay : null, emergency);
    }

    static AttendanceView attendance(AttendanceEntry a) {
        Long earned = a.amountEarnedPaise();
        return new AttendanceView(a.id(), a.shiftId(), a.shiftCode(), a.shiftTitle(), a.shiftDate(), a.hospitalId(),
                a.professionalId(), a.professionalName(), a.status(), a.checkInTime(), a.checkOutTime(),
                a.minutesWorked(), hoursWorked(a.minutesWorked()), earned == null ? null : Money.ofPaise(earned),
                a.remarks(), a.updatedAt());
    }

    /** Minutes as the apps show hours worked: {@code H:MM}, for example 485 minutes as {@code 8:05}. */
    static String hoursWorked(Long minutes) {
        if (minutes == null) {
            return null;
        }
        return minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }

    /** The professional's name as applied with, split into the first name and the rest. */
    private static ApplicationView.ProfessionalSummary professional(ShiftApplicationEntry a) {
        String name = a.professionalName() == null ? "" : a.professionalName().strip();
        int space = name.indexOf(' ');
        String firstName = space < 0 ? name : name.substring(0, space);
        String lastName = space < 0 ? "" : name.substring(space + 1).strip();
        return new ApplicationView.ProfessionalSummary(a.professionalId(), firstName, lastName, a.professionType());
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.format(HOURS_AND_MINUTES);
    }

    static ShiftExtensionView extension(ShiftExtensionEntry e, List<ShiftExtensionDayEntry> days) {
        return new ShiftExtensionView(e.id(), e.shiftId(), e.shiftTitle(), e.startTime(), e.endTime(),
                e.applicationId(), e.hospitalId(), e.professionalId(), e.professionalName(), e.status(),
                e.requestedBy(), e.startDate(), e.endDate(), e.daysCount(), e.payPerDay(), e.serviceChargePerDay(),
                e.extraPayPerDay(), e.total(), e.transactionId(), e.requestedAt(), e.decidedAt(),
                days.stream().map(ShiftExtensionDayEntry::view).toList());
    }
}
