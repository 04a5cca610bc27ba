package com.shiftledger.api.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How a {@link WalletStatement} is signed: Ed25519 over the ASCII bytes of its closing hash (the 64 hex digits of
 * the last entry's hash, or of the opening hash when it has no entries), the signature in base64. A key is named by
 * its key id, the first 16 hex digits of the SHA-256 of the public key's DER (SubjectPublicKeyInfo) encoding.
 */
public final class StatementSignature {

    public static final String ALGORITHM = "Ed25519";
    private static final int KEY_ID_LENGTH = 16;
    private static final String PUBLIC_KEY = "PUBLIC KEY";

    private StatementSignature() {
    }

    /** The bytes the signature covers. */
    public static byte[] signedBytes(String closingHash) {
        return closingHash.getBytes(StandardCharsets.US_ASCII);
    }

    public static String keyIdOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest).substring(0, KEY_ID_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** Whether {@code signature} (base64) is the key's Ed25519 signature of the closing hash. */
    public static boolean verify(PublicKey key, String closingHash, String signature) {
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedBytes(closingHash));
            return verifier.verify(signatureBytes);
        } catch (GeneralSecurityException invalid) {
            return false;
        }
    }

    /** The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}), as {@code openssl} writes it. */
    public static String pemOf(PublicKey key) {
        return pem(PUBLIC_KEY, key.getEncoded());
    }

    /** Reads an Ed25519 public key from PEM; refuses anything else with {@link IllegalArgumentException}. */
    public static PublicKey readPublicKey(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decodePem(pem, PUBLIC_KEY)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** PEM of the given label: base64 in lines of 64 characters between the BEGIN and END lines. */
    public static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** The DER bytes of the first PEM block of the given label in {@code text}. */
    public static byte[] decodePem(String text, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int start = text.indexOf(begin);
        int stop = start < 0 ? -1 : text.indexOf(end, start);
        if (start < 0 || stop < 0) {
            throw new IllegalArgumentException("No PEM block " + begin + " found");
        }
        String body = text.substring(start + begin.length(), stop).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The PEM block " + begin + " is not base64", e);
        }
    }
}
