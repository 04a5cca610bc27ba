package com.shiftledger.command.virtualaccount;

import com.razorpay.RazorpayException;
import com.shiftledger.command.wallet.RazorpayProperties;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the virtual accounts: Razorpay's Smart Collect and the in-transaction lookup. */
@Configuration
class VirtualAccountConfiguration {

    @Bean
    SmartCollect smartCollect(RazorpayProperties properties) throws RazorpayException {
        return new RazorpaySmartCollect(properties);
    }

    @Autowired
    void registerLookupInTransaction(EventProcessingConfigurer configurer) {
        configurer.registerSubscribingEventProcessor(VirtualAccountLookup.PROCESSING_GROUP);
    }
}
