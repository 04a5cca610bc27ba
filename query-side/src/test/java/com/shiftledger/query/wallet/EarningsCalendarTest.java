package com.shiftledger.query.wallet;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.EarningsSummary.MonthlyEarnings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EarningsCalendarTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void earningsCountInTheMonthOfThePlatformsTimeZone() {
        EarningsCalendar calendar = new EarningsCalendar(List.of(
                earning("2024-11-30T18:29:59Z", 100_00),
                earning("2024-11-30T18:30:00Z", 250_00),
                earning("2024-12-31T18:29:00Z", 50_00)), KOLKATA);

        assertThat(calendar.of(YearMonth.of(2024, 11))).isEqualTo(Money.ofRupees(100));
        assertThat(calendar.of(YearMonth.of(2024, 12))).isEqualTo(Money.ofRupees(300));
        assertThat(calendar.of(YearMonth.of(2025, 1))).isEqualTo(Money.ZERO);
    }

    @Test
    void theBreakdownListsEveryMonthUpToTheCurrentNewestFirst() {
        EarningsCalendar calendar = new EarningsCalendar(List.of(
                earning("2024-12-10T10:00:00Z", 350_00),
                earning("2024-12-20T10:00:00Z", 50),
                earning("2024-11-05T10:00:00Z", 420_00),
                earning("2023-12-05T10:00:00Z", 999_00)), KOLKATA);

        List<MonthlyEarnings> breakdown = calendar.breakdown(YearMonth.of(2024, 12), 12);

        assertThat(breakdown).hasSize(12);
        assertThat(breakdown.get(0)).isEqualTo(new MonthlyEarnings(YearMonth.of(2024, 12), Money.ofPaise(350_50)));
        assertThat(breakdown.get(1)).isEqualTo(new MonthlyEarnings(YearMonth.of(2024, 11), Money.ofRupees(420)));
        assertThat(breakdown.get(2).earnings()).isEqualTo(Money.ZERO);
        assertThat(breakdown.get(11).month()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(breakdown).extracting(MonthlyEarnings::month).doesNotContain(YearMonth.of(2023, 12));
    }

    @Test
    void aMonthStartsAtMidnightInThePlatformsTimeZone() {
        assertThat(EarningsCalendar.startOf(YearMonth.of(2024, 12), KOLKATA))
                .isEqualTo(Instant.parse("2024-11-30T18:30:00Z"));
    }

    private static EarningsCalendar.Earning earning(String at, long paise) {
        return new EarningsCalendar.Earning(Instant.parse(at), paise);
    }
}
