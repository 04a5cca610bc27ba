package com.shiftledger.command.wallet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Razorpay settings, {@code shiftledger.razorpay.*}. Without a key id the ledger runs in offline mode: it makes
 * order ids itself; signatures are still checked with the SDK.
 */
@ConfigurationProperties("shiftledger.razorpay")
public record RazorpayProperties(String keyId, String keySecret, String webhookSecret) {

    public boolean isOffline() {
        return keyId == null || keyId.isBlank();
    }
}
