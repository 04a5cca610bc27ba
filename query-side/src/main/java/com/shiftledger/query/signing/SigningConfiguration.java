package com.shiftledger.query.signing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code shiftledger.audit.*} for the statement signer. */
@Configuration
@EnableConfigurationProperties(AuditSigningProperties.class)
class SigningConfiguration {
}
