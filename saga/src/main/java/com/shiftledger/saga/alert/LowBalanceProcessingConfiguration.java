package com.shiftledger.saga.alert;

import com.shiftledger.api.alert.LowBalanceThresholdSetEvent;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The low-balance process handles a hospital's new threshold in the same sequence as its wallet's events, so each
 * fall is judged by the threshold in force where it stands in the store, and a wallet's row in {@link OwnThresholds}
 * has one writer at a time.
 */
@Configuration
class LowBalanceProcessingConfiguration {

    @Autowired
    void sequencePerWallet(EventProcessingConfigurer processing) {
        processing.registerSequencingPolicy(LowBalanceAlertProcess.PROCESSING_GROUP,
                configuration -> new PerWallet());
    }

    /**
     * The watch's {@link LowBalanceThresholdSetEvent} under its wallet's aggregate identifier; every other event
     * under its own aggregate's (a wallet's debits: the wallet's, as before).
     */
    static final class PerWallet implements SequencingPolicy<EventMessage<?>> {

        @Override
        public Object getSequenceIdentifierFor(EventMessage<?> event) {
            if (event.getPayload() instanceof LowBalanceThresholdSetEvent threshold) {
                return threshold.watchId().walletId().toString();
            }
            return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        }
    }
}
