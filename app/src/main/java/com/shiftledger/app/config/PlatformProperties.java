package com.shiftledger.app.config;

import com.shiftledger.api.platform.SosTier;
import com.shiftledger.command.web.SettingRanges;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The platform's settings, bound once: {@code shiftledger.time-zone}, {@code shiftledger.fees.*},
 * {@code shiftledger.refund.hold-period} and {@code shiftledger.sos.tiers}: the terms in force until an admin
 * changes them; {@code shiftledger.subscription.*}: the free plan's monthly limits. A value outside its range
 * stops the start with a message naming the setting, its value and the range.
 */
@ConfigurationProperties("shiftledger")
record PlatformProperties(@DefaultValue("Asia/Kolkata") ZoneId timeZone, @DefaultValue Fees fees,
                          @DefaultValue Refund refund, @DefaultValue Sos sos,
                          @DefaultValue Subscription subscription) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final Duration LONGEST_HOLD = Duration.ofDays(90);

    /** Percentages the platform charges, half-up to the paisa. */
    record Fees(@DefaultValue("10") BigDecimal serviceChargePercent, @DefaultValue("10") BigDecimal refundFeePercent) {

        Fees {
            requirePercent("shiftledger.fees.service-charge-percent", serviceChargePercent);
            requirePercent("shiftledger.fees.refund-fee-percent", refundFeePercent);
        }
    }

    /** How long a refund waits before it is credited. */
    record Refund(@DefaultValue("P7D") Duration holdPeriod) {

        Refund {
            if (holdPeriod.isNegative() || holdPeriod.isZero() || holdPeriod.compareTo(LONGEST_HOLD) > 0) {
                throw new IllegalArgumentException("shiftledger.refund.hold-period is "
                        + SettingRanges.describe(holdPeriod) + "; it must be a positive ISO-8601 duration of at most "
                        + SettingRanges.describe(LONGEST_HOLD));
            }
        }
    }

    /** The free plan's monthly limits, for hospitals without a subscription in force; unset = unlimited. */
    record Subscription(@DefaultValue("1") Integer freeSosPerMonth, Integer freeShiftsPerMonth) {

        Subscription {
            requireCount("shiftledger.subscription.free-sos-per-month", freeSosPerMonth);
            requireCount("shiftledger.subscription.free-shifts-per-month", freeShiftsPerMonth);
        }

        private static void requireCount(String setting, Integer value) {
            if (value != null && (value < 0 || value > 1_000_000)) {
                throw new IllegalArgumentException(setting + " is " + value + "; it must be from 0 to 1000000");
            }
        }
    }

    /** The Emergency SOS urgency tiers; the seed's three when none are set. */
    record Sos(List<Tier> tiers) {

        Sos {
            tiers = tiers == null || tiers.isEmpty() ? SEED_TIERS : List.copyOf(tiers);
            for (int i = 0; i < tiers.size(); i++) {
                Tier tier = tiers.get(i);
                String setting = "shiftledger.sos.tiers[" + i + "]";
                if (tier.key() == null || !tier.key().matches("[a-z0-9_]{1,40}")) {
                    throw new IllegalArgumentException(setting + ".key is " + tier.key()
                            + "; it must be 1 to 40 lower-case letters, digits or underscores");
                }
                if (tier.minutes() < 1) {
                    throw new IllegalArgumentException(setting + ".minutes is " + tier.minutes()
                            + "; it must be a positive number of minutes");
                }
                if (tier.extraPayPercent() == null || tier.extraPayPercent().signum() <= 0
                        || tier.extraPayPercent().compareTo(HUNDRED) > 0) {
                    throw new IllegalArgumentException(setting + ".extra-pay-percent is " + tier.extraPayPercent()
                            + "; it must be above 0 and at most 100");
                }
            }
            if (tiers.stream().map(Tier::key).distinct().count() != tiers.size()) {
                throw new IllegalArgumentException("shiftledger.sos.tiers has two tiers with one key; every tier "
                        + "needs a key of its own");
            }
        }

        List<SosTier> sosTiers() {
            return tiers.stream().map(tier -> new SosTier(tier.key(), tier.label() == null ? tier.key() : tier.label(),
                    tier.minutes(), tier.extraPayPercent())).toList();
        }
    }

    /** One urgency tier. */
    record Tier(String key, String label, int minutes, BigDecimal extraPayPercent) {
    }

    static final List<Tier> SEED_TIERS = List.of(
            new Tier("under_2_hours", "Under 2 Hours", 120, BigDecimal.valueOf(30)),
            new Tier("under_1_hour", "Under 1 Hour", 60, BigDecimal.valueOf(50)),
            new Tier("under_30_mins", "Under 30 Minutes", 30, BigDecimal.valueOf(75)));

    private static void requirePercent(String setting, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(setting + " is " + value.toPlainString()
                    + "; it must be a percentage from 0 to 100");
        }
    }
}
