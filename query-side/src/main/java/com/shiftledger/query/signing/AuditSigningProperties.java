package com.shiftledger.query.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shiftledger.audit.signing-key-file}: the PKCS#8 PEM file of the Ed25519 key that signs statements. Empty,
 * a key is made at the first start and kept in the database.
 */
@ConfigurationProperties("shiftledger.audit")
record AuditSigningProperties(String signingKeyFile) {

    boolean hasKeyFile() {
        return signingKeyFile != null && !signingKeyFile.isBlank();
    }
}
