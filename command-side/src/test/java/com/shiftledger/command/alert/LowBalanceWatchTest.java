package com.shiftledger.command.alert;

import com.shiftledger.api.alert.CheckLowBalanceCommand;
import com.shiftledger.api.alert.LowBalanceAlertId;
import com.shiftledger.api.alert.LowBalanceAlertRaisedEvent;
import com.shiftledger.api.alert.LowBalanceAlertReviewedEvent;
import com.shiftledger.api.alert.LowBalanceThresholdSetEvent;
import com.shiftledger.api.alert.LowBalanceWatchId;
import com.shiftledger.api.alert.ReviewLowBalanceAlertCommand;
import com.shiftledger.api.alert.SetLowBalanceThresholdCommand;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/**
 * A hospital wallet raises one alert each time its balance falls from at or above its threshold to below it (its own
 * threshold when it set one, else the platform's), none while it stays below, and each alert is reviewed once.
 */
class LowBalanceWatchTest {

    private static final WalletId WALLET = new WalletId(7);
    private static final LowBalanceWatchId WATCH = new LowBalanceWatchId(WALLET);
    private static final long HOSPITAL = 12;
    private static final long ADMIN = 1;
    private static final Money PLATFORM = Money.ofRupees(5000);
    private static final Instant AT = Instant.parse("2030-01-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2030-01-02T10:00:00Z");

    private FixtureConfiguration<LowBalanceWatch> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LowBalanceWatch.class);
    }

    private static CheckLowBalanceCommand fell(long walletSequence, long fromRupees, long toRupees) {
        return new CheckLowBalanceCommand(WATCH, HOSPITAL, walletSequence, Money.ofRupees(fromRupees),
                Money.ofRupees(toRupees), PLATFORM, null, AT);
    }

    private static LowBalanceAlertRaisedEvent raised(long walletSequence, long balanceRupees, Money threshold) {
        return new LowBalanceAlertRaisedEvent(LowBalanceAlertId.forWalletEvent(WALLET, walletSequence), HOSPITAL,
                WALLET, Money.ofRupees(balanceRupees), threshold, AT);
    }

    private static LowBalanceThresholdSetEvent ownThreshold(long rupees) {
        return new LowBalanceThresholdSetEvent(WATCH, HOSPITAL, Money.ofRupees(rupees), 40, AT);
    }

    @Test
    void aFallBelowThePlatformsThresholdRaisesAnAlert() {
        fixture.givenNoPriorActivity()
                .when(fell(3, 6000, 3900))
                .expectEvents(raised(3, 3900, PLATFORM));
    }

    @Test
    void aFallToExactlyTheThresholdRaisesNoAlert() {
        fixture.givenNoPriorActivity()
                .when(fell(3, 6000, 5000))
                .expectNoEvents();
    }

    @Test
    void aFallFromExactlyTheThresholdRaisesAnAlert() {
        fixture.givenNoPriorActivity()
                .when(fell(3, 5000, 4999))
                .expectEvents(raised(3, 4999, PLATFORM));
    }

    @Test
    void aFurtherFallWhileBelowRaisesNoSecondAlert() {
        fixture.given(raised(3, 3900, PLATFORM))
                .when(fell(4, 3900, 2800))
                .expectNoEvents();
    }

    @Test
    void theSameWalletEventAgainRaisesNothingMore() {
        fixture.given(raised(3, 3900, PLATFORM))
                .when(fell(3, 6000, 3900))
                .expectNoEvents();
    }

    @Test
    void aFallAfterTheBalanceCameBackRaisesTheNextAlert() {
        fixture.given(raised(3, 3900, PLATFORM))
                .when(fell(9, 8000, 1000))
                .expectEvents(raised(9, 1000, PLATFORM));
    }

    @Test
    void theHospitalsOwnThresholdOverridesThePlatforms() {
        fixture.given(ownThreshold(2000))
                .when(fell(3, 6000, 3900))
                .expectNoEvents();
        fixture.given(ownThreshold(2000))
                .when(fell(4, 3900, 1500))
                .expectEvents(raised(4, 1500, Money.ofRupees(2000)));
    }

    @Test
    void aCheckAnswersTheWalletsOwnThresholdSoTheProcessLearnsIt() {
        fixture.given(ownThreshold(2000))
                .when(fell(3, 6000, 3900))
                .expectResultMessagePayload(Money.ofRupees(2000));
        fixture.givenNoPriorActivity()
                .when(fell(3, 6000, 3900))
                .expectResultMessagePayload(null);
    }

    @Test
    void theThresholdInForceWhereTheWalletEventStandsWinsOverTheWatchsNewerOwn() {
        // the hospital has since lowered its own to ₹1,000; at the wallet's event 3 it was ₹4,000
        fixture.given(ownThreshold(1000))
                .when(new CheckLowBalanceCommand(WATCH, HOSPITAL, 3, Money.ofRupees(4500), Money.ofRupees(3900),
                        PLATFORM, Money.ofRupees(4000), AT))
                .expectEvents(raised(3, 3900, Money.ofRupees(4000)));
    }

    @Test
    void aThresholdOfZeroRaisesNoAlert() {
        fixture.given(ownThreshold(0))
                .when(fell(3, 6000, 0))
                .expectNoEvents();
    }

    @Test
    void aHospitalSetsItsOwnThresholdOnceForTheSameAmount() {
        fixture.givenNoPriorActivity()
                .when(new SetLowBalanceThresholdCommand(WATCH, HOSPITAL, Money.ofRupees(2000), 40, AT))
                .expectEvents(ownThreshold(2000))
                .expectResultMessagePayload(Money.ofRupees(2000));
        fixture.given(ownThreshold(2000))
                .when(new SetLowBalanceThresholdCommand(WATCH, HOSPITAL, Money.ofRupees(2000), 40, LATER))
                .expectNoEvents();
    }

    @Test
    void anAdminReviewsAnOpenAlert() {
        LowBalanceAlertId alert = LowBalanceAlertId.forWalletEvent(WALLET, 3);
        fixture.given(raised(3, 3900, PLATFORM))
                .when(new ReviewLowBalanceAlertCommand(WATCH, alert, "Called the hospital", ADMIN, LATER))
                .expectEvents(new LowBalanceAlertReviewedEvent(alert, HOSPITAL, WALLET, "Called the hospital", ADMIN,
                        LATER));
    }

    @Test
    void anAlertIsReviewedOnlyOnce() {
        LowBalanceAlertId alert = LowBalanceAlertId.forWalletEvent(WALLET, 3);
        fixture.given(raised(3, 3900, PLATFORM),
                        new LowBalanceAlertReviewedEvent(alert, HOSPITAL, WALLET, null, ADMIN, LATER))
                .when(new ReviewLowBalanceAlertCommand(WATCH, alert, "Again", ADMIN, LATER))
                .expectNoEvents()
                .expectException(RejectedException.class)
                .expectExceptionMessage(LowBalanceWatch.ALREADY_REVIEWED);
    }

    @Test
    void anAlertTheWalletNeverRaisedCannotBeReviewed() {
        fixture.given(raised(3, 3900, PLATFORM))
                .when(new ReviewLowBalanceAlertCommand(WATCH, LowBalanceAlertId.forWalletEvent(WALLET, 4), null,
                        ADMIN, LATER))
                .expectNoEvents()
                .expectException(RejectedException.class)
                .expectExceptionMessage(LowBalanceWatch.ALERT_NOT_FOUND);
    }
}
