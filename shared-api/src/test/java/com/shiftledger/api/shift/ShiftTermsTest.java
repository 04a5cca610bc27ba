package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundTerms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ShiftTermsTest {

    private static final RefundTerms REFUNDS = new RefundTerms(BigDecimal.TEN, Duration.ofDays(7));
    /** ₹200 an hour, 2 positions, 10 % service charge. */
    private static final ShiftTerms HOURLY = new ShiftTerms(PayType.HOURLY, Money.ofRupees(200), 2, BigDecimal.TEN,
            REFUNDS);
    private static final ShiftTerms FIXED = new ShiftTerms(PayType.FIXED, Money.ofRupees(1_100), 3, BigDecimal.TEN,
            REFUNDS);

    @Test
    void anHourlyShiftCostsItsScheduledHoursPlusTheServiceChargeForEveryPosition() {
        assertThat(HOURLY.price(480)).isEqualTo(new ShiftPrice(Money.ofRupees(1_600), Money.ofRupees(160),
                Money.ofRupees(1_760), Money.ofRupees(3_520)));
    }

    @Test
    void aFixedShiftCostsItsRateWhateverItsLength() {
        assertThat(FIXED.price(480)).isEqualTo(FIXED.price(60));
        assertThat(FIXED.price(480).total()).isEqualTo(Money.ofRupees(3_630));
    }

    @Test
    void hourlyWorkIsPaidForTheMinutesWorkedUpToTheScheduledOnes() {
        assertThat(HOURLY.payForWork(360, 480)).isEqualTo(new WorkPay(360, 360, Money.ofRupees(1_200),
                Money.ofRupees(120)));
        assertThat(HOURLY.payForWork(600, 480)).isEqualTo(new WorkPay(600, 480, Money.ofRupees(1_600),
                Money.ofRupees(160)));
        assertThat(HOURLY.payForWork(-5, 480).professionalPay()).isEqualTo(Money.ZERO);
    }

    @Test
    void fixedWorkIsPaidInFullWhateverItsLength() {
        assertThat(FIXED.payForWork(30, 480).total()).isEqualTo(Money.ofRupees(1_210));
    }

    @Test
    void aChangeOfPayKeepsThePlatformTermsTheShiftWasCreatedWith() {
        ShiftTerms changed = HOURLY.with(PayType.FIXED, Money.ofRupees(900), 4);
        assertThat(changed.serviceChargePercent()).isEqualTo(HOURLY.serviceChargePercent());
        assertThat(changed.refund()).isEqualTo(REFUNDS);
        assertThat(changed.positions()).isEqualTo(4);
    }
}
