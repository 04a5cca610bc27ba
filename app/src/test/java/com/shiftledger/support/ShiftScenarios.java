package com.shiftledger.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** Shift request bodies for tests: a shift that has just started (today, in the platform's time zone). */
public final class ShiftScenarios {

    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ShiftScenarios() {
    }

    /**
     * A shift that started at the current minute and lasts two hours (a night shift when it runs past
     * midnight), so check-in is open now.
     */
    public static Map<String, Object> startedShift(String professionType, String payType, String payRate,
                                                   int positions) {
        ZonedDateTime now = ZonedDateTime.now(PLATFORM_ZONE);
        LocalTime start = now.toLocalTime().withSecond(0).withNano(0);
        LocalTime end = start.plusHours(2);
        LocalDate date = now.toLocalDate();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "ICU cover");
        body.put("shift_date", date.toString());
        body.put("start_time", TIME.format(start));
        body.put("end_time", TIME.format(end));
        body.put("is_night_shift", !end.isAfter(start));
        body.put("profession_type", professionType);
        body.put("positions_required", positions);
        body.put("pay_type", payType);
        body.put("pay_rate", new BigDecimal(payRate));
        return body;
    }

    /** A shift some days ahead, 08:00 to 16:00. */
    public static Map<String, Object> futureShift(String professionType, String payType, String payRate,
                                                  int positions) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Day ward");
        body.put("shift_date", LocalDate.now(PLATFORM_ZONE).plusDays(3).toString());
        body.put("start_time", "08:00");
        body.put("end_time", "16:00");
        body.put("profession_type", professionType);
        body.put("positions_required", positions);
        body.put("pay_type", payType);
        body.put("pay_rate", new BigDecimal(payRate));
        return body;
    }
}
