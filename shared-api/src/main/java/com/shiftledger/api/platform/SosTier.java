package com.shiftledger.api.platform;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An urgency tier of the Emergency SOS, as the admin configures it: an SOS raised at this tier must be answered
 * within {@code minutes}, and the professionals who answer in time earn {@code extraPayPercent} of their pay on top.
 */
public record SosTier(String key, String label, int minutes, BigDecimal extraPayPercent) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9_]{1,40}");

    public SosTier {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A tier key is 1 to 40 lower-case letters, digits or _: " + key);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A tier has a label");
        }
        if (minutes < 1) {
            throw new IllegalArgumentException("A tier's minutes are positive, not " + minutes);
        }
        if (extraPayPercent == null || extraPayPercent.signum() <= 0
                || extraPayPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A tier's extra pay is a percentage above 0 and at most 100, not "
                    + extraPayPercent);
        }
    }
}
