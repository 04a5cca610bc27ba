package com.shiftledger.app.partner;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The delays between attempts: the configured ones, lengthened by up to 20 % and never shortened, then none. */
class RetryScheduleTest {

    private static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5));

    @Test
    void lengthensEachDelayByAtMostTwentyPercentAndNeverShortensIt() {
        assertThat(new RetrySchedule(DELAYS, () -> 0).delayAfter(0)).contains(Duration.ofSeconds(5));
        assertThat(new RetrySchedule(DELAYS, () -> 0.5).delayAfter(0)).contains(Duration.ofMillis(5500));
        assertThat(new RetrySchedule(DELAYS, () -> 0.999_999).delayAfter(1).orElseThrow())
                .isLessThanOrEqualTo(Duration.ofMinutes(6)).isGreaterThan(Duration.ofSeconds(359));
    }

    @Test
    void hasNoDelayLeftAfterTheLast() {
        RetrySchedule schedule = new RetrySchedule(DELAYS, () -> 0);
        assertThat(schedule.delayAfter(1)).contains(Duration.ofMinutes(5));
        assertThat(schedule.delayAfter(2)).isEmpty();
        assertThat(schedule.delayAfter(-1)).isEmpty();
    }
}
