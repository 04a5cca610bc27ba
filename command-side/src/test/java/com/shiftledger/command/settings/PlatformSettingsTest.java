package com.shiftledger.command.settings;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.ChangePlatformSettingsCommand;
import com.shiftledger.api.platform.PlatformSettingsChangedEvent;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.platform.SettingChange;
import com.shiftledger.api.platform.SettingsChanges;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.subscription.FreePlan;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.matches;

/** Every change of the platform's settings is an event saying who changed which setting from what to what. */
class PlatformSettingsTest {

    private static final String ID = ChangePlatformSettingsCommand.PLATFORM;
    private static final Instant AT = Instant.parse("2030-01-01T10:00:00Z");
    private static final List<SosTier> SEED_TIERS = List.of(
            new SosTier("under_2_hours", "Under 2 Hours", 120, BigDecimal.valueOf(30)),
            new SosTier("under_1_hour", "Under 1 Hour", 60, BigDecimal.valueOf(50)),
            new SosTier("under_30_mins", "Under 30 Minutes", 30, BigDecimal.valueOf(75)));
    private static final PlatformTerms DEFAULTS = new PlatformTerms(BigDecimal.TEN,
            new RefundTerms(BigDecimal.TEN, Duration.ofDays(7)), SEED_TIERS);

    private FixtureConfiguration<PlatformSettings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PlatformSettings.class);
    }

    private static ChangePlatformSettingsCommand change(SettingsChanges changes) {
        return new ChangePlatformSettingsCommand(ID, DEFAULTS, changes, 1, "Super Admin", AT);
    }

    @Test
    void theFirstChangeIsMadeFromTheConfiguredDefaults() {
        PlatformTerms changed = new PlatformTerms(new BigDecimal("12.5"),
                new RefundTerms(BigDecimal.TEN, Duration.ofDays(3)), SEED_TIERS);
        fixture.givenNoPriorActivity()
                .when(change(new SettingsChanges(new BigDecimal("12.5"), null, Duration.ofDays(3), null)))
                .expectEvents(new PlatformSettingsChangedEvent(ID, changed, List.of(
                        new SettingChange("service_charge_percent", "10", "12.5"),
                        new SettingChange("refund_hold_period", "P7D", "P3D")), 1, "Super Admin", AT))
                .expectResultMessagePayload(changed);
    }

    @Test
    void aLaterChangeIsMadeFromTheTermsInForceNotTheDefaults() {
        PlatformTerms first = new PlatformTerms(new BigDecimal("15"),
                new RefundTerms(BigDecimal.TEN, Duration.ofDays(7)), SEED_TIERS);
        List<SosTier> oneTier = List.of(new SosTier("asap", "As soon as possible", 15, BigDecimal.valueOf(100)));
        fixture.given(new PlatformSettingsChangedEvent(ID, first, List.of(), 1, "Super Admin", AT))
                .when(change(new SettingsChanges(null, BigDecimal.ZERO, null, oneTier)))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                matches((PlatformSettingsChangedEvent event) ->
                                        event.terms().serviceChargePercent().equals(new BigDecimal("15"))
                                                && event.terms().refund().feePercent().signum() == 0
                                                && event.terms().sosTiers().equals(oneTier)
                                                && event.changes().size() == 2
                                                && event.changes().get(0).setting().equals("refund_fee_percent")
                                                && event.changes().get(0).from().equals("10")
                                                && event.changes().get(0).to().equals("0")
                                                && event.changes().get(1).setting().equals("sos_tiers"))),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void aChangeToTheValuesInForceRecordsNothing() {
        fixture.givenNoPriorActivity()
                .when(change(new SettingsChanges(BigDecimal.TEN, BigDecimal.TEN, Duration.ofDays(7), SEED_TIERS)))
                .expectNoEvents()
                .expectResultMessagePayload(DEFAULTS);
    }

    @Test
    void theLowBalanceThresholdIsASettingLikeTheOthers() {
        PlatformTerms changed = new PlatformTerms(BigDecimal.TEN, new RefundTerms(BigDecimal.TEN, Duration.ofDays(7)),
                SEED_TIERS, Money.ofRupees(new BigDecimal("2500.50")));
        assertThat(DEFAULTS.lowBalanceThreshold()).isEqualTo(Money.ofRupees(5000));
        fixture.givenNoPriorActivity()
                .when(change(new SettingsChanges(null, null, null, null, Money.ofRupees(new BigDecimal("2500.50")))))
                .expectEvents(new PlatformSettingsChangedEvent(ID, changed, List.of(
                        new SettingChange("low_balance_threshold", "5000.00", "2500.50")), 1, "Super Admin", AT))
                .expectResultMessagePayload(changed);
    }

    @Test
    void theFreePlansLimitsAreSettingsAndNullMeansUnlimited() {
        PlatformTerms configured = withFreePlan(DEFAULTS, new FreePlan(null, 1));
        PlatformTerms changed = withFreePlan(DEFAULTS, new FreePlan(20, null));
        fixture.givenNoPriorActivity()
                .when(new ChangePlatformSettingsCommand(ID, configured, new SettingsChanges(null, null, null, null,
                        null, new SettingsChanges.Limit(20), new SettingsChanges.Limit(null)), 1, "Super Admin", AT))
                .expectEvents(new PlatformSettingsChangedEvent(ID, changed, List.of(
                        new SettingChange("free_plan_shift_limit", "unlimited", "20"),
                        new SettingChange("free_plan_sos_limit", "1", "unlimited")), 1, "Super Admin", AT))
                .expectResultMessagePayload(changed);
    }

    @Test
    void termsRecordedBeforeTheFreePlanWasASettingReadAsTheConfiguredOne() {
        PlatformTerms configured = withFreePlan(DEFAULTS, new FreePlan(5, 1));
        PlatformTerms changed = withFreePlan(DEFAULTS, new FreePlan(5, 3));
        fixture.given(new PlatformSettingsChangedEvent(ID, DEFAULTS, List.of(), 1, "Super Admin", AT))
                .when(new ChangePlatformSettingsCommand(ID, configured, new SettingsChanges(null, null, null, null,
                        null, null, new SettingsChanges.Limit(3)), 1, "Super Admin", AT))
                .expectEvents(new PlatformSettingsChangedEvent(ID, changed, List.of(
                        new SettingChange("free_plan_sos_limit", "1", "3")), 1, "Super Admin", AT));
    }

    private static PlatformTerms withFreePlan(PlatformTerms terms, FreePlan freePlan) {
        return new PlatformTerms(terms.serviceChargePercent(), terms.refund(), terms.sosTiers(),
                terms.lowBalanceThreshold(), freePlan);
    }
}
