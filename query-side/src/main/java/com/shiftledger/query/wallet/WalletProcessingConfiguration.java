package com.shiftledger.query.wallet;

import com.shiftledger.query.processing.SubjectSequencingPolicy;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The wallet projection handles the events of one refund in order, whoever published them; every other event
 * keeps the order of its aggregate (for a wallet's events: the wallet's order).
 */
@Configuration
class WalletProcessingConfiguration {

    @Autowired
    void sequencePerRefund(EventProcessingConfigurer processing) {
        processing.registerSequencingPolicy(WalletProjection.PROCESSING_GROUP,
                configuration -> new SubjectSequencingPolicy("refundId"));
    }
}
