package com.shiftledger.saga.refund;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes the refund settings available to the refund release saga. */
@Configuration
@EnableConfigurationProperties(RefundSettings.class)
class RefundSagaConfiguration {
}
