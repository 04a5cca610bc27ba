package com.shiftledger.api.refund;

import com.shiftledger.api.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundTermsTest {

    private static final Instant NOW = Instant.parse("2026-01-28T12:00:00Z");
    private static final RefundTerms SEED_DEFAULTS = new RefundTerms(BigDecimal.TEN, Duration.ofDays(7));

    @Test
    void wholeDaysLeftAreCountedAndAnyPartOfADayCountsAsOne() {
        assertThat(RefundTerms.remainingDays(NOW.plus(Duration.ofDays(7)), NOW)).isEqualTo(7);
        assertThat(RefundTerms.remainingDays(NOW.plus(Duration.ofDays(6).plusHours(23)), NOW)).isEqualTo(7);
        assertThat(RefundTerms.remainingDays(NOW.plus(Duration.ofHours(84)), NOW)).isEqualTo(4);
        assertThat(RefundTerms.remainingDays(NOW.plusSeconds(1), NOW)).isEqualTo(1);
    }

    @Test
    void noDaysRemainOnceTheRefundIsAvailable() {
        assertThat(RefundTerms.remainingDays(NOW, NOW)).isZero();
        assertThat(RefundTerms.remainingDays(NOW.minus(Duration.ofDays(3)), NOW)).isZero();
    }

    @Test
    void aRefundIsAvailableOneHoldPeriodAfterItOpens() {
        assertThat(SEED_DEFAULTS.availableAt(NOW)).isEqualTo(Instant.parse("2026-02-04T12:00:00Z"));
    }

    @Test
    void theFeeIsTheFeePercentOfTheReleasedAmountHalfUp() {
        assertThat(SEED_DEFAULTS.feeOn(Money.ofPaise(1_320_00))).isEqualTo(Money.ofPaise(132_00));
        assertThat(SEED_DEFAULTS.feeOn(Money.ofPaise(5))).isEqualTo(Money.ofPaise(1));
        assertThat(SEED_DEFAULTS.feeOn(Money.ofPaise(4))).isEqualTo(Money.ZERO);
    }

    @Test
    void termsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new RefundTerms(BigDecimal.valueOf(-1), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundTerms(BigDecimal.valueOf(101), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundTerms(BigDecimal.TEN, Duration.ofDays(-7)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
