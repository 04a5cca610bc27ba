package com.shiftledger.app.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link OfflineRazorpaySecret} early, as every bean post-processor must be. */
@Configuration
class OfflineCheckoutConfiguration {

    @Bean
    static OfflineRazorpaySecret offlineRazorpaySecret() {
        return new OfflineRazorpaySecret();
    }
}
