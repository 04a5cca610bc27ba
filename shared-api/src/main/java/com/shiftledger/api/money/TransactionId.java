package com.shiftledger.api.money;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Derives the {@code TXN-...} identifier of a wallet transaction from the wallet and the reference that
 * caused it, so a retried step yields the same identifier instead of a second transaction.
 */
public final class TransactionId {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 12;

    private TransactionId() {
    }

    public static String of(String scope, String reference) {
        return code("TXN-", scope, reference);
    }

    /** A 12-character code with the given prefix, derived from the scope and the reference. */
    public static String code(String prefix, String scope, String reference) {
        byte[] digest = sha256(scope + "\n" + reference);
        StringBuilder id = new StringBuilder(prefix);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET[(int) ((bits >>> (64 - 5 * (i + 1))) & 31)]);
        }
        return id.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
