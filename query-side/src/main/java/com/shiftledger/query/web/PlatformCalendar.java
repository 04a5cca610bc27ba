package com.shiftledger.query.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** "Now" and "today" as the platform counts them: the application's clock in {@code shiftledger.time-zone}. */
@Component
public class PlatformCalendar {

    private final Clock clock;
    private final ZoneId zone;

    public PlatformCalendar(Clock clock, @Value("${shiftledger.time-zone:Asia/Kolkata}") String timeZone) {
        this.clock = clock;
        this.zone = ZoneId.of(timeZone);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    public ZoneId zone() {
        return zone;
    }
}
