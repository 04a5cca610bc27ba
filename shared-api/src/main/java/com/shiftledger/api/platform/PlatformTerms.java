package com.shiftledger.api.platform;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundTerms;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The terms in force on the platform: the service charge on a position's professional pay, the refund terms, the
 * Emergency SOS tiers, and the low-balance threshold below which a hospital's wallet raises an alert (unless the
 * hospital set its own). A shift takes on the service charge and refund terms when it is created and keeps them;
 * an SOS keeps the tier it was raised at. So a change applies only to what starts after it. Terms recorded before
 * the threshold existed read as {@link #DEFAULT_LOW_BALANCE_THRESHOLD}.
 */
public record PlatformTerms(BigDecimal serviceChargePercent, RefundTerms refund, List<SosTier> sosTiers,
                            Money lowBalanceThreshold) {

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

    /** The terms with the default low-balance threshold. */
    public PlatformTerms(BigDecimal serviceChargePercent, RefundTerms refund, List<SosTier> sosTiers) {
        this(serviceChargePercent, refund, sosTiers, DEFAULT_LOW_BALANCE_THRESHOLD);
    }

    /** The SOS tier with this key, if there is one. */
    public Optional<SosTier> tier(String key) {
        return sosTiers.stream().filter(tier -> tier.key().equals(key)).findFirst();
    }
}
