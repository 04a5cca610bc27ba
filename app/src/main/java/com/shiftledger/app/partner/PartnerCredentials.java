package com.shiftledger.app.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A partner's credentials: API keys (a random UUID, as the IntelyCare document shows them, kept only as its
 * SHA-256 hash and compared in constant time) and webhook secrets in the Standard Webhooks form ({@code whsec_}
 * and the base64 of 32 random bytes).
 */
final class PartnerCredentials {

    static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when a client is unknown, so that the answer takes as long as for a known one. */
    private static final String NO_KEY = hash("no such client");

    private PartnerCredentials() {
    }

    static String newApiKey() {
        return UUID.randomUUID().toString();
    }

    static String newWebhookSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(secret);
    }

    static String hash(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** Whether the presented key is the one whose hash is stored (null: the client is unknown, never a match). */
    static boolean matches(String storedHash, String presentedKey) {
        byte[] presented = hash(presentedKey).getBytes(StandardCharsets.US_ASCII);
        byte[] stored = (storedHash == null ? NO_KEY : storedHash).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(stored, presented) && storedHash != null;
    }
}
