package com.shiftledger.app.partner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;

/**
 * The key webhook secrets are encrypted with: {@code shiftledger.partner.encryption-key} when it is set; otherwise
 * one made on the first start and kept in {@code partner_encryption_key}, so that every instance and every restart
 * reads the secrets it wrote (which protects them only as well as the database is protected; hence the advice
 * logged).
 */
final class EncryptionKeySource {

    private static final Logger log = LoggerFactory.getLogger(EncryptionKeySource.class);
    private static final int KEY_ROW = 1;

    private EncryptionKeySource() {
    }

    static byte[] keyOf(PartnerProperties properties, JdbcTemplate jdbc, Clock clock) {
        if (properties.encryptionKey() != null) {
            return Base64.getDecoder().decode(properties.encryptionKey());
        }
        List<String> kept = stored(jdbc);
        if (kept.isEmpty()) {
            byte[] key = new byte[PartnerProperties.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            try {
                jdbc.update("insert into partner_encryption_key (id, key_base64, created_at) values (?, ?, ?)",
                        KEY_ROW, Base64.getEncoder().encodeToString(key), Timestamp.from(clock.instant()));
                log.info("Made the key that encrypts partner webhook secrets and kept it in the database; in "
                        + "production set shiftledger.partner.encryption-key (openssl rand -base64 32) before the "
                        + "first partner client is registered");
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                log.debug("Another instance made the partner webhook secret key first");
            }
            kept = stored(jdbc);
        } else {
            log.info("Partner webhook secrets are encrypted with the key kept in the database; in production set "
                    + "shiftledger.partner.encryption-key");
        }
        return Base64.getDecoder().decode(kept.get(0));
    }

    private static List<String> stored(JdbcTemplate jdbc) {
        return jdbc.queryForList("select key_base64 from partner_encryption_key where id = ?", String.class,
                KEY_ROW);
    }
}
