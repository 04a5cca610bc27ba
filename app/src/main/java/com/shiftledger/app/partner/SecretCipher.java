package com.shiftledger.app.partner;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts webhook secrets at rest with AES-256-GCM: a fresh 12-byte nonce per secret, the client id as associated
 * data (a ciphertext moved to another client does not decrypt), stored as {@code v1:} and the base64 of nonce and
 * ciphertext. The key comes from {@link EncryptionKeySource}.
 */
final class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(byte[] key) {
        if (key.length != PartnerProperties.KEY_BYTES) {
            throw new IllegalArgumentException("The webhook secret key must be " + PartnerProperties.KEY_BYTES
                    + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    String encrypt(long clientId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(clientId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java runtime", e);
        }
    }

    /** The secret; refused when the ciphertext was not made with this key for this client. */
    String decrypt(long clientId, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("A webhook secret of client " + clientId + " is not in a known form");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(clientId));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A webhook secret of client " + clientId + " cannot be decrypted: it "
                    + "was encrypted with another key than shiftledger.partner.encryption-key (or the key kept in "
                    + "the database when that setting is empty)", e);
        }
    }

    private static byte[] associatedData(long clientId) {
        return ("partner-webhook-secret:" + clientId).getBytes(StandardCharsets.UTF_8);
    }
}
