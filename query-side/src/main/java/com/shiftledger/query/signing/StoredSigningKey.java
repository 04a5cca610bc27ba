package com.shiftledger.query.signing;

import com.shiftledger.api.ledger.StatementSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * The signing key kept in the database ({@code audit_signing_key}) when no key file is configured: made by the first
 * instance that starts, read by every later start and every other instance, so statements keep one key across
 * restarts.
 */
final class StoredSigningKey {

    private static final Logger log = LoggerFactory.getLogger(StoredSigningKey.class);
    static final String NAME = "statement-signing";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StoredSigningKey(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    KeyPair loadOrCreate() {
        List<KeyPair> stored = load();
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        KeyPair made = SigningKeys.generate();
        try {
            jdbc.update("insert into audit_signing_key (name, key_id, private_key_pem, public_key_pem, created_at) "
                            + "values (?, ?, ?, ?, ?)", NAME, StatementSignature.keyIdOf(made.getPublic()),
                    SigningKeys.privateKeyPem(made.getPrivate()), StatementSignature.pemOf(made.getPublic()),
                    Timestamp.from(clock.instant()));
            log.info("Made the statement signing key {} and kept it in the database",
                    StatementSignature.keyIdOf(made.getPublic()));
            return made;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return load().get(0);
        }
    }

    private List<KeyPair> load() {
        return jdbc.query("select private_key_pem, public_key_pem from audit_signing_key where name = ?",
                (row, number) -> pair(row.getString(1), row.getString(2)), NAME);
    }

    private static KeyPair pair(String privatePem, String publicPem) {
        try {
            PrivateKey privateKey = SigningKeys.readPrivateKey(privatePem);
            PublicKey publicKey = StatementSignature.readPublicKey(publicPem);
            if (!SigningKeys.belongTogether(privateKey, publicKey)) {
                throw new IllegalStateException("The signing key in audit_signing_key does not match its public key");
            }
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key in audit_signing_key cannot be read", e);
        }
    }
}
