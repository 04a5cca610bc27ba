package com.shiftledger.app.idempotency;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The idempotency filter runs inside the security chain (it needs the caller), never as a servlet filter of its own. */
@Configuration
class IdempotencyFilterRegistration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilterOutsideSecurity(IdempotencyFilter filter) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
