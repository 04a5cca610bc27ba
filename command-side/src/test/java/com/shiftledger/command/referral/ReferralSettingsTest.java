package com.shiftledger.command.referral;

import com.shiftledger.api.money.Coins;
import com.shiftledger.api.referral.ChangeReferralSettingsCommand;
import com.shiftledger.api.referral.ReferralSettingsChangedEvent;
import com.shiftledger.api.referral.ReferralTerms;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

/** The referral settings are changed by an admin, each change an event from the terms before. */
class ReferralSettingsTest {

    private static final String ID = ChangeReferralSettingsCommand.REFERRALS;
    private static final Instant AT = Instant.parse("2026-01-05T10:00:00Z");
    private static final ReferralTerms RICHER = new ReferralTerms(Coins.of(100), Coins.of(40), new BigDecimal("0.5"));

    private FixtureConfiguration<ReferralSettings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReferralSettings.class);
    }

    @Test
    void theFirstChangeStartsFromTheSeedsTerms() {
        fixture.givenNoPriorActivity()
                .when(new ChangeReferralSettingsCommand(ID, RICHER, 1, "Super Admin", AT))
                .expectEvents(new ReferralSettingsChangedEvent(ID, ReferralTerms.DEFAULTS, RICHER, 1, "Super Admin",
                        AT))
                .expectResultMessagePayload(RICHER);
    }

    @Test
    void aLaterChangeRecordsTheTermsBeforeIt() {
        ReferralTerms leaner = new ReferralTerms(Coins.of(10), Coins.of(5), new BigDecimal("2"));
        fixture.given(new ReferralSettingsChangedEvent(ID, ReferralTerms.DEFAULTS, RICHER, 1, "Super Admin", AT))
                .when(new ChangeReferralSettingsCommand(ID, leaner, 2, "Asha Admin", AT.plusSeconds(60)))
                .expectEvents(new ReferralSettingsChangedEvent(ID, RICHER, leaner, 2, "Asha Admin",
                        AT.plusSeconds(60)));
    }

    @Test
    void theSameTermsAgainAreNoChange() {
        ReferralTerms sameRate = new ReferralTerms(Coins.of(100), Coins.of(40), new BigDecimal("0.50"));
        fixture.given(new ReferralSettingsChangedEvent(ID, ReferralTerms.DEFAULTS, RICHER, 1, "Super Admin", AT))
                .when(new ChangeReferralSettingsCommand(ID, sameRate, 1, "Super Admin", AT))
                .expectNoEvents()
                .expectResultMessagePayload(RICHER);
    }
}
