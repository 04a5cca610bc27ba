package com.shiftledger.query.signing;

import com.shiftledger.api.ledger.StatementSignature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;

/** Makes, reads and writes Ed25519 key pairs with the JDK alone. */
final class SigningKeys {

    static final String PRIVATE_KEY = "PRIVATE KEY";
    private static final byte[] PROBE = "shiftledger signing key check".getBytes(StandardCharsets.US_ASCII);

    private SigningKeys() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(StatementSignature.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required by every Java runtime from 15 on", e);
        }
    }

    /** The key pair of a PKCS#8 PEM file ({@code openssl genpkey -algorithm ed25519}). */
    static KeyPair fromFile(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("shiftledger.audit.signing-key-file " + file + " cannot be read: "
                    + e.getMessage(), e);
        }
        try {
            PrivateKey privateKey = readPrivateKey(pem);
            return new KeyPair(publicKeyOf(privateKey), privateKey);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("shiftledger.audit.signing-key-file " + file
                    + " is not an Ed25519 private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----): " + e.getMessage(),
                    e);
        }
    }

    static PrivateKey readPrivateKey(String pem) throws GeneralSecurityException {
        byte[] der = StatementSignature.decodePem(pem, PRIVATE_KEY);
        return KeyFactory.getInstance(StatementSignature.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    static String privateKeyPem(PrivateKey key) {
        return StatementSignature.pem(PRIVATE_KEY, key.getEncoded());
    }

    /**
     * The public key of an Ed25519 private key. The JDK has no call for it, but its key pair generator makes the
     * public key from the 32 bytes it draws as the private key; drawing the given key's bytes gives its public key,
     * which is then proven by a signature.
     */
    static PublicKey publicKeyOf(PrivateKey privateKey) throws GeneralSecurityException {
        if (!(privateKey instanceof EdECPrivateKey edwards) || edwards.getBytes().isEmpty()) {
            throw new GeneralSecurityException("not an Ed25519 private key");
        }
        byte[] seed = edwards.getBytes().get();
        KeyPairGenerator generator = KeyPairGenerator.getInstance(StatementSignature.ALGORITHM);
        generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
        PublicKey publicKey = generator.generateKeyPair().getPublic();
        if (!belongTogether(privateKey, publicKey)) {
            throw new GeneralSecurityException("the public key of this private key cannot be derived");
        }
        return publicKey;
    }

    static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(StatementSignature.ALGORITHM);
        signer.initSign(privateKey);
        signer.update(PROBE);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(StatementSignature.ALGORITHM);
        verifier.initVerify(publicKey);
        verifier.update(PROBE);
        return verifier.verify(signature);
    }

    /** A source of randomness that yields one given array of bytes: the private key the generator is to use. */
    private static final class FixedBytes extends SecureRandom {

        private final byte[] bytes;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] into) {
            if (into.length != bytes.length) {
                throw new IllegalStateException("Expected a draw of " + bytes.length + " bytes, not " + into.length);
            }
            System.arraycopy(bytes, 0, into, 0, bytes.length);
        }
    }
}
