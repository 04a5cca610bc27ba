package com.shiftledger.api.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * "Now", "today" and "this month" as the platform counts them: the application's one clock read in the
 * platform's one time zone ({@code shiftledger.time-zone}). Shift dates and times, date filters, months of
 * earnings and finance totals all use it.
 */
public final class PlatformCalendar {

    private final Clock clock;
    private final ZoneId zone;

    public PlatformCalendar(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
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

    /** The instant a day of the platform's calendar begins. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The instant a month of the platform's calendar begins. */
    public Instant startOf(YearMonth month) {
        return startOf(month.atDay(1));
    }

    /** An instant as a date and time of the platform's calendar. */
    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }
}
