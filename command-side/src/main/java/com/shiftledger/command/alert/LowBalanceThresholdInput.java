package com.shiftledger.command.alert;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.rejection.FieldErrors;

import java.math.BigDecimal;

/**
 * A low-balance threshold as a request gives it, the platform's ({@code low_balance_threshold} of
 * {@code POST /admin/settings}) or a hospital's own: rupees, 0 or more (0 raises no alert), at most two decimals.
 */
public final class LowBalanceThresholdInput {

    /** The largest threshold, in rupees: far above any wallet, and its paise fit a long. */
    static final BigDecimal HIGHEST = new BigDecimal("1000000000");

    private LowBalanceThresholdInput() {
    }

    /** The threshold, or null when absent or refused (then {@code errors} names the field). */
    public static Money read(FieldErrors errors, String field, BigDecimal rupees) {
        if (rupees == null) {
            return null;
        }
        if (rupees.signum() < 0 || rupees.stripTrailingZeros().scale() > 2 || rupees.compareTo(HIGHEST) > 0) {
            errors.add(field, "The " + field.replace('_', ' ') + " must be an amount from 0 to "
                    + HIGHEST.toPlainString() + " with at most two decimals.");
            return null;
        }
        return Money.ofRupees(rupees);
    }
}
