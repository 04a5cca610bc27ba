package com.shiftledger.api.shift;

import com.shiftledger.api.rejection.RejectedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a shift takes place: its local date and times as the hospital entered them, and the instants they
 * stand for in the platform's time zone (a night shift that ends at or before its start ends the next day).
 */
public record ShiftSchedule(LocalDate shiftDate, LocalTime startTime, LocalTime endTime, boolean nightShift,
                            Instant startsAt, Instant endsAt) {

    static final String END_BEFORE_START = "The end time must be a time after start time.";

    public ShiftSchedule {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A shift ends after it starts");
        }
    }

    /** The schedule of a shift entered in the given zone; refused (422 on {@code end_time}) if it would end before it starts. */
    public static ShiftSchedule of(LocalDate date, LocalTime start, LocalTime end, boolean nightShift, ZoneId zone) {
        Instant startsAt = date.atTime(start).atZone(zone).toInstant();
        LocalDate endDate = end.isAfter(start) ? date : date.plusDays(1);
        if (!end.isAfter(start) && !nightShift) {
            throw RejectedException.invalid("end_time", END_BEFORE_START);
        }
        Instant endsAt = endDate.atTime(end).atZone(zone).toInstant();
        return new ShiftSchedule(date, start, end, nightShift, startsAt, endsAt);
    }

    /**
     * The schedule of a shift given as two instants (a partner's times), with its local date and times in the
     * facility's zone; a shift that ends on a later local date is a night shift.
     */
    public static ShiftSchedule between(Instant startsAt, Instant endsAt, ZoneId zone) {
        var start = startsAt.atZone(zone);
        var end = endsAt.atZone(zone);
        return new ShiftSchedule(start.toLocalDate(), start.toLocalTime(), end.toLocalTime(),
                end.toLocalDate().isAfter(start.toLocalDate()), startsAt, endsAt);
    }

    public long scheduledMinutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }
}
