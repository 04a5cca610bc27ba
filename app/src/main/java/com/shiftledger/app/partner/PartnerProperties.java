package com.shiftledger.app.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The partner webhooks' settings, {@code shiftledger.partner.*}: the key that encrypts webhook secrets, how long a
 * rotated-out secret keeps signing, whether webhook URLs may point into private networks (and be plain http), and
 * the delays between delivery attempts. A value outside its range stops the start with a message naming the
 * setting, its value and the range.
 */
@ConfigurationProperties("shiftledger.partner")
record PartnerProperties(String encryptionKey, @DefaultValue("PT24H") Duration secretOverlap,
                         @DefaultValue("false") boolean allowPrivateWebhookUrls,
                         @DefaultValue({"PT5S", "PT5M", "PT30M", "PT2H", "PT5H", "PT10H", "PT24H", "PT24H", "PT24H"})
                         List<Duration> retrySchedule) {

    static final int KEY_BYTES = 32;
    static final Duration LONGEST_OVERLAP = Duration.ofDays(30);
    static final Duration LONGEST_DELAY = Duration.ofDays(7);
    static final int MOST_RETRIES = 50;

    PartnerProperties {
        encryptionKey = encryptionKey == null || encryptionKey.isBlank() ? null : encryptionKey.strip();
        if (encryptionKey != null && decodedLength(encryptionKey) != KEY_BYTES) {
            throw new IllegalArgumentException("shiftledger.partner.encryption-key is not the base64 of "
                    + KEY_BYTES + " bytes; make one with: openssl rand -base64 32");
        }
        if (secretOverlap.isNegative() || secretOverlap.compareTo(LONGEST_OVERLAP) > 0) {
            throw new IllegalArgumentException("shiftledger.partner.secret-overlap is " + secretOverlap
                    + "; it must be an ISO-8601 duration from PT0S to " + LONGEST_OVERLAP + " (30 days)");
        }
        retrySchedule = List.copyOf(retrySchedule);
        if (retrySchedule.isEmpty() || retrySchedule.size() > MOST_RETRIES) {
            throw new IllegalArgumentException("shiftledger.partner.retry-schedule has " + retrySchedule.size()
                    + " delays; it must list 1 to " + MOST_RETRIES + " ISO-8601 durations, comma-separated");
        }
        for (Duration delay : retrySchedule) {
            if (delay.isNegative() || delay.isZero() || delay.compareTo(LONGEST_DELAY) > 0) {
                throw new IllegalArgumentException("shiftledger.partner.retry-schedule holds " + delay
                        + "; every delay must be a positive ISO-8601 duration of at most " + LONGEST_DELAY
                        + " (7 days)");
            }
        }
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException notBase64) {
            return -1;
        }
    }
}
