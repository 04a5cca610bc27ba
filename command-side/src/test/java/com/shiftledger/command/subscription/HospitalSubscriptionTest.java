package com.shiftledger.command.subscription;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.subscription.AbandonSubscriptionPurchaseCommand;
import com.shiftledger.api.subscription.HospitalSubscriptionExpiredEvent;
import com.shiftledger.api.subscription.RequestSubscriptionPurchaseCommand;
import com.shiftledger.api.subscription.SubscriptionPurchaseAbandonedEvent;
import com.shiftledger.api.subscription.SubscriptionPurchaseRequestedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.subscription.HospitalSubscribedEvent;
import com.shiftledger.api.subscription.HospitalSubscriptionId;
import com.shiftledger.api.subscription.RecordSubscriptionCommand;
import com.shiftledger.api.subscription.SubscriptionPlanId;
import com.shiftledger.api.subscription.SubscriptionTerm;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static com.shiftledger.command.subscription.SubscriptionPlanTest.PREMIUM;

/**
 * A purchase is requested once per reference and settled once (paid or abandoned); a paid subscription runs its
 * months from now, a renewal from the current expiry, a payment counts once, and the term's end is a deadline at
 * which the subscription expires unless a renewal moved it.
 */
class HospitalSubscriptionTest {

    private static final HospitalSubscriptionId HOSPITAL = new HospitalSubscriptionId(12);
    private static final SubscriptionPlanId PLAN = new SubscriptionPlanId(3);
    private static final String ZONE = "Asia/Kolkata";
    private static final Instant JAN_10 = Instant.parse("2030-01-10T06:30:00Z");
    /** A month after 10 January, at the start of the day in the platform's time zone (IST, UTC+5:30). */
    private static final Instant FEB_10 = Instant.parse("2030-02-09T18:30:00Z");
    private static final Instant JAN_20 = Instant.parse("2030-01-20T06:30:00Z");
    private static final Instant AUG_10 = Instant.parse("2030-08-09T18:30:00Z");
    private static final Money ONE_MONTH = Money.ofRupees(999);
    private static final Money SIX_MONTHS = PREMIUM.priceFor(6);
    private static final WalletId WALLET = new WalletId(40);

    private FixtureConfiguration<HospitalSubscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HospitalSubscription.class);
    }

    private static RecordSubscriptionCommand record(int months, Money price, String reference, Instant at) {
        return new RecordSubscriptionCommand(HOSPITAL, PLAN, PREMIUM, months, price, reference, "TXN-" + reference,
                ZONE, at);
    }

    private static HospitalSubscribedEvent subscribed(int months, Money price, String reference, Instant starts,
                                                      Instant expires, Instant at) {
        return new HospitalSubscribedEvent(HOSPITAL, PLAN, PREMIUM, months, price, reference, "TXN-" + reference,
                starts, expires, at);
    }

    private static RequestSubscriptionPurchaseCommand request(String reference) {
        return new RequestSubscriptionPurchaseCommand(HOSPITAL, PLAN, PREMIUM, 1, ONE_MONTH, WALLET, reference, ZONE,
                JAN_10);
    }

    private static SubscriptionPurchaseRequestedEvent requested(String reference) {
        return new SubscriptionPurchaseRequestedEvent(HOSPITAL, PLAN, PREMIUM, 1, ONE_MONTH, WALLET, reference, ZONE,
                JAN_10);
    }

    @Test
    void theLastDayInForceIsTheDayBeforeTheTermEnds() {
        org.assertj.core.api.Assertions.assertThat(SubscriptionTerm.lastDayInForce(FEB_10, ZoneId.of(ZONE)))
                .isEqualTo(java.time.LocalDate.parse("2030-02-09"));
    }

    @Test
    void aPurchaseIsRequestedBeforeAnyMoneyMoves() {
        fixture.givenNoPriorActivity()
                .when(request("PAY1"))
                .expectEvents(requested("PAY1"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aPurchaseRequestedAgainUnderItsReferenceIsNotRequestedTwice() {
        fixture.given(requested("PAY1"))
                .when(request("PAY1"))
                .expectNoEvents();
    }

    @Test
    void aPurchaseTheWalletRefusedIsAbandonedOnce() {
        Money required = ONE_MONTH;
        Money balance = Money.ofRupees(10);
        fixture.given(requested("PAY1"))
                .when(new AbandonSubscriptionPurchaseCommand(HOSPITAL, "PAY1", required, balance))
                .expectEvents(new SubscriptionPurchaseAbandonedEvent(HOSPITAL, "PAY1", required, balance));
        fixture.given(requested("PAY1"), new SubscriptionPurchaseAbandonedEvent(HOSPITAL, "PAY1", required, balance))
                .when(new AbandonSubscriptionPurchaseCommand(HOSPITAL, "PAY1", required, balance))
                .expectNoEvents();
    }

    @Test
    void aPaidPurchaseIsNeverAbandoned() {
        fixture.given(requested("PAY1"), subscribed(1, ONE_MONTH, "PAY1", JAN_10, FEB_10, JAN_10))
                .when(new AbandonSubscriptionPurchaseCommand(HOSPITAL, "PAY1", ONE_MONTH, Money.ZERO))
                .expectNoEvents();
    }

    @Test
    void theTermsEndIsScheduledAsTheExpiryDeadline() {
        fixture.given(requested("PAY1"))
                .when(record(1, ONE_MONTH, "PAY1", JAN_10))
                .expectScheduledDeadline(FEB_10, new HospitalSubscription.ExpiryDue(FEB_10));
    }

    @Test
    void theSubscriptionExpiresAtTheEndOfItsTerm() {
        fixture.given(requested("PAY1"))
                .andGivenCommands(record(1, ONE_MONTH, "PAY1", JAN_10))
                .whenThenTimeAdvancesTo(FEB_10)
                .expectEvents(new HospitalSubscriptionExpiredEvent(HOSPITAL, PLAN, FEB_10));
    }

    @Test
    void aRenewalMovesTheExpiry() {
        fixture.givenNoPriorActivity()
                .andGivenCommands(record(1, ONE_MONTH, "PAY1", JAN_10), record(6, SIX_MONTHS, "PAY2", JAN_20))
                .whenThenTimeAdvancesTo(FEB_10.plusSeconds(1))
                .expectNoEvents()
                .expectNoScheduledDeadline(FEB_10, new HospitalSubscription.ExpiryDue(FEB_10))
                .expectScheduledDeadline(AUG_10, new HospitalSubscription.ExpiryDue(AUG_10));
    }

    @Test
    void aFirstSubscriptionRunsItsMonthsFromNow() {
        fixture.givenNoPriorActivity()
                .when(record(1, ONE_MONTH, "PAY1", JAN_10))
                .expectEvents(subscribed(1, ONE_MONTH, "PAY1", JAN_10, FEB_10, JAN_10))
                .expectResultMessagePayload(new SubscriptionTerm(PLAN, FEB_10));
    }

    @Test
    void aRenewalBeforeExpiryExtendsFromTheCurrentExpiry() {
        fixture.given(subscribed(1, ONE_MONTH, "PAY1", JAN_10, FEB_10, JAN_10))
                .when(record(6, SIX_MONTHS, "PAY2", JAN_20))
                .expectEvents(subscribed(6, SIX_MONTHS, "PAY2", FEB_10, AUG_10, JAN_20))
                .expectResultMessagePayload(new SubscriptionTerm(PLAN, AUG_10));
    }

    @Test
    void aSubscriptionAfterExpiryStartsAgainFromNow() {
        Instant later = Instant.parse("2030-03-01T00:00:00Z");
        fixture.given(subscribed(1, ONE_MONTH, "PAY1", JAN_10, FEB_10, JAN_10))
                .when(record(1, ONE_MONTH, "PAY2", later))
                .expectEvents(subscribed(1, ONE_MONTH, "PAY2", later, Instant.parse("2030-03-31T18:30:00Z"),
                        later));
    }

    @Test
    void thePaymentOfAReferenceIsRecordedOnce() {
        fixture.given(subscribed(1, ONE_MONTH, "PAY1", JAN_10, FEB_10, JAN_10))
                .when(record(1, ONE_MONTH, "PAY1", JAN_20))
                .expectNoEvents()
                .expectResultMessagePayload(new SubscriptionTerm(PLAN, FEB_10));
    }

    @Test
    void aSubscriptionIsNotRecordedWithoutItsPayment() {
        fixture.givenNoPriorActivity()
                .when(new RecordSubscriptionCommand(HOSPITAL, PLAN, PREMIUM, 1, ONE_MONTH, "PAY1", null, ZONE,
                        JAN_10))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(HospitalSubscription.NOT_PAID);
    }
}
