package com.shiftledger.command.subscription;

import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.subscription.ClaimMonthlyUseCommand;
import com.shiftledger.api.subscription.MonthlyUse;
import com.shiftledger.api.subscription.MonthlyUseClaimedEvent;
import com.shiftledger.api.subscription.MonthlyUseReleasedEvent;
import com.shiftledger.api.subscription.MonthlyUsageId;
import com.shiftledger.api.subscription.ReleaseMonthlyUseCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/**
 * A month's usage takes claims up to the limit in force and refuses the one past it, in the free plan's words or the
 * subscription's; a reference claimed again is the same claim, each kind counts on its own, and a claim given back
 * frees its place.
 */
class MonthlyUsageTest {

    private static final MonthlyUsageId DECEMBER = new MonthlyUsageId(12, "2030-12");
    private static final Instant AT = Instant.parse("2030-12-10T06:30:00Z");

    private FixtureConfiguration<MonthlyUsage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MonthlyUsage.class);
    }

    private static ClaimMonthlyUseCommand claim(MonthlyUse use, String reference, Integer limit, boolean subscribed) {
        return new ClaimMonthlyUseCommand(DECEMBER, use, reference, limit, subscribed, AT);
    }

    private static MonthlyUseClaimedEvent claimed(MonthlyUse use, String reference) {
        return new MonthlyUseClaimedEvent(DECEMBER, use, reference, AT);
    }

    @Test
    void theFirstClaimOfTheMonthStartsItsUsage() {
        fixture.givenNoPriorActivity()
                .when(claim(MonthlyUse.SOS, "sos-1", 1, false))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1L)
                .expectEvents(claimed(MonthlyUse.SOS, "sos-1"));
    }

    @Test
    void aClaimPastTheFreePlansLimitIsRefusedInTheSeedsWords() {
        fixture.given(claimed(MonthlyUse.SOS, "sos-1"))
                .when(claim(MonthlyUse.SOS, "sos-2", 1, false))
                .expectException(RejectedException.class)
                .expectExceptionMessage("Free SOS limit exhausted, subscription required")
                .expectNoEvents();
    }

    @Test
    void aClaimPastASubscriptionsLimitIsRefusedAsThePlans() {
        fixture.given(claimed(MonthlyUse.ROSTER, "R-1"), claimed(MonthlyUse.ROSTER, "R-2"))
                .when(claim(MonthlyUse.ROSTER, "R-3", 2, true))
                .expectException(RejectedException.class)
                .expectExceptionMessage("Monthly roster limit of your subscription plan reached")
                .expectNoEvents();
    }

    @Test
    void aLimitOfNoneIsNoLimitAndALimitOfZeroAllowsNothing() {
        fixture.given(claimed(MonthlyUse.SHIFT, "shift-1"), claimed(MonthlyUse.SHIFT, "shift-2"))
                .when(claim(MonthlyUse.SHIFT, "shift-3", null, true))
                .expectResultMessagePayload(3L)
                .expectEvents(claimed(MonthlyUse.SHIFT, "shift-3"));
        fixture.givenNoPriorActivity()
                .when(claim(MonthlyUse.VACANCY, "V-1", 0, false))
                .expectException(RejectedException.class)
                .expectExceptionMessage("Free vacancy limit exhausted, subscription required");
    }

    @Test
    void theSameReferenceAgainIsTheSameClaimEvenAtTheLimit() {
        fixture.given(claimed(MonthlyUse.SOS, "sos-1"))
                .when(claim(MonthlyUse.SOS, "sos-1", 1, false))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1L)
                .expectNoEvents();
    }

    @Test
    void eachKindCountsOnItsOwn() {
        fixture.given(claimed(MonthlyUse.SOS, "sos-1"), claimed(MonthlyUse.SHIFT, "shift-1"))
                .when(claim(MonthlyUse.VACANCY, "V-1", 1, false))
                .expectResultMessagePayload(1L)
                .expectEvents(claimed(MonthlyUse.VACANCY, "V-1"));
    }

    @Test
    void aClaimGivenBackFreesItsPlace() {
        fixture.given(claimed(MonthlyUse.SOS, "sos-1"), new MonthlyUseReleasedEvent(DECEMBER, MonthlyUse.SOS, "sos-1",
                        AT))
                .when(claim(MonthlyUse.SOS, "sos-2", 1, false))
                .expectResultMessagePayload(1L)
                .expectEvents(claimed(MonthlyUse.SOS, "sos-2"));
    }

    @Test
    void givingBackIsDoneOnceAndOnlyForWhatWasClaimed() {
        fixture.given(claimed(MonthlyUse.SOS, "sos-1"))
                .when(new ReleaseMonthlyUseCommand(DECEMBER, MonthlyUse.SOS, "sos-1", AT))
                .expectEvents(new MonthlyUseReleasedEvent(DECEMBER, MonthlyUse.SOS, "sos-1", AT));
        fixture.given(claimed(MonthlyUse.SOS, "sos-1"), new MonthlyUseReleasedEvent(DECEMBER, MonthlyUse.SOS, "sos-1",
                        AT))
                .when(new ReleaseMonthlyUseCommand(DECEMBER, MonthlyUse.SOS, "sos-1", AT))
                .expectNoEvents();
        fixture.given(claimed(MonthlyUse.SOS, "sos-1"))
                .when(new ReleaseMonthlyUseCommand(DECEMBER, MonthlyUse.SHIFT, "sos-1", AT))
                .expectNoEvents();
    }
}
