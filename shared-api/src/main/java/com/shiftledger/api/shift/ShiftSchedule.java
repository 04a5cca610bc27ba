package com.shiftledger.api.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When a shift takes place: its local date and times as the hospital entered them, and the instants they
 * stand for in the hospital's time zone (a night shift ends the next day).
 */
public record ShiftSchedule(LocalDate shiftDate, LocalTime startTime, LocalTime endTime, boolean nightShift,
                            Instant startsAt, Instant endsAt) {

    public ShiftSchedule {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A shift ends after it starts");
        }
    }

    public long scheduledMinutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }
}
