package com.shiftledger.api.platform;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.subscription.FreePlan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The terms in force on the platform: the service charge on a position's professional pay, the refund terms, the
 * Emergency SOS tiers, and the low-balance threshold below which a hospital's wallet raises an alert (unless the
 * hospital set its own). A shift takes on the service charge and refund terms when it is created and keeps them;
 * an SOS keeps the tier it was raised at. So a change applies only to what starts after it. Terms recorded before
 * the threshold existed read as {@link #DEFAULT_LOW_BALANCE_THRESHOLD}. The free plan's monthly limits are
 * settings too; terms recorded before they were have none, and read as the configured ones
 * ({@link #orDefaults}).
 */
public record PlatformTerms(BigDecimal serviceChargePercent, RefundTerms refund, List<SosTier> sosTiers,
                            Money lowBalanceThreshold, FreePlan freePlan) {

    /** The low-balance threshold until an admin sets another: ₹5,000. */
    public static final Money DEFAULT_LOW_BALANCE_THRESHOLD = Money.ofRupees(5000);

    public PlatformTerms {
        if (serviceChargePercent == null || serviceChargePercent.signum() < 0
                || serviceChargePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A service charge is a percentage from 0 to 100, not "
                    + serviceChargePercent);
        }
        if (refund == null) {
            throw new IllegalArgumentException("The platform's terms include refund terms");
        }
        sosTiers = List.copyOf(sosTiers == null ? List.of() : sosTiers);
        if (new HashSet<>(sosTiers.stream().map(SosTier::key).toList()).size() != sosTiers.size()) {
            throw new IllegalArgumentException("Every SOS tier has a key of its own");
        }
        if (lowBalanceThreshold == null) {
            lowBalanceThreshold = DEFAULT_LOW_BALANCE_THRESHOLD;
        }
    }

    /** The terms with the default low-balance threshold and no free plan of their own. */
    public PlatformTerms(BigDecimal serviceChargePercent, RefundTerms refund, List<SosTier> sosTiers) {
        this(serviceChargePercent, refund, sosTiers, DEFAULT_LOW_BALANCE_THRESHOLD, null);
    }

    /** The terms with no free plan of their own. */
    public PlatformTerms(BigDecimal serviceChargePercent, RefundTerms refund, List<SosTier> sosTiers,
                         Money lowBalanceThreshold) {
        this(serviceChargePercent, refund, sosTiers, lowBalanceThreshold, null);
    }

    /** These terms, with the free plan of {@code configured} where they hold none (recorded before it existed). */
    public PlatformTerms orDefaults(PlatformTerms configured) {
        return freePlan != null ? this : new PlatformTerms(serviceChargePercent, refund, sosTiers,
                lowBalanceThreshold, configured.freePlan());
    }

    /** The SOS tier with this key, if there is one. */
    public Optional<SosTier> tier(String key) {
        return sosTiers.stream().filter(tier -> tier.key().equals(key)).findFirst();
    }
}
