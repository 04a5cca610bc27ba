package com.shiftledger.command.shift;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Wires the shift: its settings and its in-transaction application lookup. */
@Configuration
@EnableConfigurationProperties(ShiftSettings.class)
class ShiftConfiguration {

    @Autowired
    void registerLookupInTransaction(EventProcessingConfigurer configurer) {
        configurer.registerSubscribingEventProcessor(ShiftApplicationLookup.PROCESSING_GROUP);
    }
}
