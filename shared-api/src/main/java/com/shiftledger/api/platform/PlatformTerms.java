package com.shiftledger.api.platform;

import com.shiftledger.api.refund.RefundTerms;

import java.math.BigDecimal;

/**
 * The terms in force on the platform: the service charge on a position's professional pay and the refund terms.
 * A shift takes them on when it is created and keeps them, so a later change applies only to what starts after it.
 */
public record PlatformTerms(BigDecimal serviceChargePercent, RefundTerms refund) {

    public PlatformTerms {
        if (serviceChargePercent == null || serviceChargePercent.signum() < 0
                || serviceChargePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A service charge is a percentage from 0 to 100, not "
                    + serviceChargePercent);
        }
        if (refund == null) {
            throw new IllegalArgumentException("The platform's terms include refund terms");
        }
    }
}
