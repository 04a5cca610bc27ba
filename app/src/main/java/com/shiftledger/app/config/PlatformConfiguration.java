package com.shiftledger.app.config;

import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.subscription.FreePlan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The one clock, the platform's calendar in its one time zone, and the configured terms (in force until an admin
 * changes them); every module takes them from here.
 */
@Configuration
@EnableConfigurationProperties(PlatformProperties.class)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PlatformCalendar platformCalendar(Clock clock, PlatformProperties properties) {
        return new PlatformCalendar(clock, properties.timeZone());
    }

    /** The terms in force until an admin changes them (the settings read model falls back on them). */
    @Bean
    PlatformTerms configuredTerms(PlatformProperties properties) {
        return new PlatformTerms(properties.fees().serviceChargePercent(),
                new RefundTerms(properties.fees().refundFeePercent(), properties.refund().holdPeriod()),
                properties.sos().sosTiers(), PlatformTerms.DEFAULT_LOW_BALANCE_THRESHOLD,
                new FreePlan(properties.subscription().freeShiftsPerMonth(),
                        properties.subscription().freeSosPerMonth()));
    }
}
