package com.shiftledger.query.wallet;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.EarningsSummary.MonthlyEarnings;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sums earnings by the calendar month of the platform's time zone in which they were credited. */
final class EarningsCalendar {

    private final Map<YearMonth, Long> paiseByMonth = new HashMap<>();

    /** One credit of earnings: when it reached the wallet and how much. */
    record Earning(Instant at, long paise) {
    }

    EarningsCalendar(List<Earning> earnings, ZoneId zone) {
        for (Earning earning : earnings) {
            paiseByMonth.merge(YearMonth.from(earning.at().atZone(zone)), earning.paise(), Long::sum);
        }
    }

    /** The first instant of a month in the given time zone. */
    static Instant startOf(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    Money of(YearMonth month) {
        return Money.ofPaise(paiseByMonth.getOrDefault(month, 0L));
    }

    /** The {@code months} months up to and including {@code current}, newest first, each with its earnings. */
    List<MonthlyEarnings> breakdown(YearMonth current, int months) {
        List<MonthlyEarnings> breakdown = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            YearMonth month = current.minusMonths(i);
            breakdown.add(new MonthlyEarnings(month, of(month)));
        }
        return List.copyOf(breakdown);
    }
}
