package com.shiftledger.command.subscription;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.subscription.CreateSubscriptionPlanCommand;
import com.shiftledger.api.subscription.PlanTerms;
import com.shiftledger.api.subscription.ReviseSubscriptionPlanCommand;
import com.shiftledger.api.subscription.SubscriptionPlanCreatedEvent;
import com.shiftledger.api.subscription.SubscriptionPlanId;
import com.shiftledger.api.subscription.SubscriptionPlanRevisedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An admin's plans are events: created, revised, and a revision that changes nothing records nothing. */
class SubscriptionPlanTest {

    private static final SubscriptionPlanId PLAN = new SubscriptionPlanId(3);
    private static final Instant AT = Instant.parse("2030-01-01T10:00:00Z");
    static final PlanTerms PREMIUM = new PlanTerms("Premium", Money.ofRupees(999), 50, 10, 5, 20,
            new BigDecimal("10.00"), new BigDecimal("20.00"), true);

    private FixtureConfiguration<SubscriptionPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SubscriptionPlan.class);
    }

    @Test
    void anAdminCreatesAPlan() {
        fixture.givenNoPriorActivity()
                .when(new CreateSubscriptionPlanCommand(PLAN, PREMIUM, 1, AT))
                .expectEvents(new SubscriptionPlanCreatedEvent(PLAN, PREMIUM, 1, AT));
    }

    @Test
    void aRevisionReplacesThePlansTerms() {
        PlanTerms cheaper = new PlanTerms("Premium", Money.ofRupees(799), 50, 10, 5, null,
                new BigDecimal("10.00"), new BigDecimal("20.00"), false);
        fixture.given(new SubscriptionPlanCreatedEvent(PLAN, PREMIUM, 1, AT))
                .when(new ReviseSubscriptionPlanCommand(PLAN, cheaper, 2, AT))
                .expectEvents(new SubscriptionPlanRevisedEvent(PLAN, cheaper, 2, AT))
                .expectResultMessagePayload(cheaper);
    }

    @Test
    void aRevisionToTheTermsInForceRecordsNothing() {
        fixture.given(new SubscriptionPlanCreatedEvent(PLAN, PREMIUM, 1, AT))
                .when(new ReviseSubscriptionPlanCommand(PLAN, PREMIUM, 2, AT))
                .expectNoEvents()
                .expectResultMessagePayload(PREMIUM);
    }

    @Test
    void thePriceOfSeveralMonthsIsLessThatDurationsDiscountHalfUpToThePaisa() {
        PlanTerms odd = new PlanTerms("Odd", Money.ofRupees(new BigDecimal("333.33")), null, null, null, 2,
                new BigDecimal("12.50"), new BigDecimal("33.33"), true);
        assertThat(odd.priceFor(1)).isEqualTo(Money.ofPaise(33_333));
        // 1999.98 less 12.5 % (249.9975, half-up 250.00) = 1749.98
        assertThat(odd.priceFor(6)).isEqualTo(Money.ofPaise(174_998));
        // 3999.96 less 33.33 % (1333.186668, half-up 1333.19) = 2666.77
        assertThat(odd.priceFor(12)).isEqualTo(Money.ofPaise(266_677));
        assertThatThrownBy(() -> odd.priceFor(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
