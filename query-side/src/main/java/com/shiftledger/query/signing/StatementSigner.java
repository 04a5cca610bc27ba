package com.shiftledger.query.signing;

import com.shiftledger.api.ledger.StatementSignature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;

/**
 * Signs statements ({@link StatementSignature}) with the ledger's Ed25519 key: the key of
 * {@code shiftledger.audit.signing-key-file}, or else the one kept in the database. Its public key is what auditors
 * check statements with.
 */
@Component
public class StatementSigner {

    private final KeyPair keys;
    private final String keyId;

    StatementSigner(AuditSigningProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.keys = properties.hasKeyFile() ? SigningKeys.fromFile(Path.of(properties.signingKeyFile().strip()))
                : new StoredSigningKey(jdbc, clock).loadOrCreate();
        this.keyId = StatementSignature.keyIdOf(keys.getPublic());
    }

    /** The seal of a statement whose closing hash this is. */
    public Seal seal(String closingHash) {
        try {
            Signature signer = Signature.getInstance(StatementSignature.ALGORITHM);
            signer.initSign(keys.getPrivate());
            signer.update(StatementSignature.signedBytes(closingHash));
            return new Seal(keyId, StatementSignature.ALGORITHM, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The statement cannot be signed", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The public key in PEM. */
    public String publicKeyPem() {
        return StatementSignature.pemOf(keys.getPublic());
    }
}
