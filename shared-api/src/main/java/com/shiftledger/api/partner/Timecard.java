package com.shiftledger.api.partner;

import java.time.Duration;
import java.time.Instant;

/**
 * The work a partner reports for the accepted professional of its shift: check-in, check-out and the minutes of
 * break. The minutes worked are check-out less check-in less the break.
 */
public record Timecard(Instant checkIn, Instant checkOut, int breakMinutes) {

    public long minutesWorked() {
        return Duration.between(checkIn, checkOut).toMinutes() - breakMinutes;
    }
}
