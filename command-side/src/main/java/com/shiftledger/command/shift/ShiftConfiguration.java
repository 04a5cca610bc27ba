package com.shiftledger.command.shift;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Wires the shift's in-transaction application lookup. */
@Configuration
class ShiftConfiguration {

    @Autowired
    void registerLookupInTransaction(EventProcessingConfigurer configurer) {
        configurer.registerSubscribingEventProcessor(ShiftApplicationLookup.PROCESSING_GROUP);
    }
}
