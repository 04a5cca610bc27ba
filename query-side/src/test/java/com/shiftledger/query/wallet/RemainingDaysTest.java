package com.shiftledger.query.wallet;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RemainingDaysTest {

    private static final Instant NOW = Instant.parse("2026-01-28T12:00:00Z");

    @Test
    void wholeDaysLeftAreCountedAndAnyPartOfADayCountsAsOne() {
        assertThat(RefundQueryController.remainingDays(NOW.plus(Duration.ofDays(7)), NOW)).isEqualTo(7);
        assertThat(RefundQueryController.remainingDays(NOW.plus(Duration.ofDays(6).plusHours(23)), NOW)).isEqualTo(7);
        assertThat(RefundQueryController.remainingDays(NOW.plus(Duration.ofHours(84)), NOW)).isEqualTo(4);
        assertThat(RefundQueryController.remainingDays(NOW.plusSeconds(1), NOW)).isEqualTo(1);
    }

    @Test
    void noDaysRemainOnceTheRefundIsAvailable() {
        assertThat(RefundQueryController.remainingDays(NOW, NOW)).isZero();
        assertThat(RefundQueryController.remainingDays(NOW.minus(Duration.ofDays(3)), NOW)).isZero();
    }
}
