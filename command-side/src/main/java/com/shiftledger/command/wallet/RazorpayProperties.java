package com.shiftledger.command.wallet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Razorpay settings, {@code shiftledger.razorpay.*}. Without a key id the ledger runs in offline mode: it makes
 * order ids itself; signatures are still checked with the SDK. A key id looks like Razorpay's
 * ({@code rzp_test_} or {@code rzp_live_} and 1 to 40 letters and digits) and needs a key secret; the secrets are at
 * most 256 characters. A value outside that stops the start with a message naming the setting.
 */
@ConfigurationProperties("shiftledger.razorpay")
public record RazorpayProperties(String keyId, String keySecret, String webhookSecret) {

    static final int LONGEST_SECRET = 256;

    public RazorpayProperties {
        if (keyId != null && !keyId.isBlank() && !keyId.matches("rzp_(test|live)_[A-Za-z0-9]{1,40}")) {
            throw new IllegalArgumentException("shiftledger.razorpay.key-id is " + keyId + "; it must be empty "
                    + "(offline) or a Razorpay key id: rzp_test_ or rzp_live_ and 1 to 40 letters and digits");
        }
        requireSecret("shiftledger.razorpay.key-secret", keySecret);
        requireSecret("shiftledger.razorpay.webhook-secret", webhookSecret);
    }

    public boolean isOffline() {
        return keyId == null || keyId.isBlank();
    }

    private static void requireSecret(String setting, String value) {
        if (value != null && (value.length() > LONGEST_SECRET || value.chars().anyMatch(c -> c < 0x20))) {
            throw new IllegalArgumentException(setting + " is not valid (its value is not shown); it must be at "
                    + "most " + LONGEST_SECRET + " characters without control characters");
        }
    }
}
