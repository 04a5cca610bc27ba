package com.shiftledger.api.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void rupeesWithAtMostTwoDecimalsConvertExactlyToPaise() {
        assertThat(Money.ofRupees(new BigDecimal("1570.00"))).isEqualTo(Money.ofPaise(157_000));
        assertThat(Money.ofRupees(new BigDecimal("0.01"))).isEqualTo(Money.ofPaise(1));
        assertThat(Money.ofRupees(12)).isEqualTo(Money.ofPaise(1_200));
        assertThat(Money.ofPaise(157_005).toRupees()).isEqualByComparingTo("1570.05");
        assertThat(Money.ofPaise(157_000).toRupees().toPlainString()).isEqualTo("1570.00");
    }

    @Test
    void aFractionOfAPaisaIsRefusedRatherThanRounded() {
        assertThatThrownBy(() -> Money.ofRupees(new BigDecimal("10.005"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void moneyIsNeverNegative() {
        assertThatThrownBy(() -> Money.ofPaise(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofPaise(100).minus(Money.ofPaise(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticThatWouldOverflowFailsInsteadOfWrapping() {
        Money most = Money.ofPaise(Long.MAX_VALUE);
        assertThatThrownBy(() -> most.plus(Money.ofPaise(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> most.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofRupees(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aPercentageIsRoundedHalfUpToThePaisa() {
        assertThat(Money.ofPaise(1_600_00).percent(BigDecimal.TEN)).isEqualTo(Money.ofPaise(160_00));
        assertThat(Money.ofPaise(5).percent(BigDecimal.TEN)).isEqualTo(Money.ofPaise(1));
        assertThat(Money.ofPaise(4).percent(BigDecimal.TEN)).isEqualTo(Money.ZERO);
        assertThat(Money.ofPaise(333).percent(new BigDecimal("12.5"))).isEqualTo(Money.ofPaise(42));
    }

    @Test
    void anHourlyRateIsPaidPerMinuteRoundedHalfUp() {
        Money twoHundredAnHour = Money.ofRupees(200);
        assertThat(twoHundredAnHour.perHourFor(480)).isEqualTo(Money.ofRupees(1_600));
        assertThat(twoHundredAnHour.perHourFor(1)).isEqualTo(Money.ofPaise(333));
        assertThat(Money.ofPaise(100).perHourFor(30)).isEqualTo(Money.ofPaise(50));
        assertThat(Money.ofPaise(1).perHourFor(30)).isEqualTo(Money.ofPaise(1));
    }

    @Test
    void amountsCompareByTheirPaise() {
        assertThat(Money.ofPaise(1)).isGreaterThan(Money.ZERO);
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ofPaise(1).isPositive()).isTrue();
        assertThat(Money.ofPaise(157_000)).hasToString("₹1570.00");
    }
}
