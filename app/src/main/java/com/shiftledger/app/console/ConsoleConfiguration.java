package com.shiftledger.app.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the auditor console at {@code /console/}: its page, style and script are static files under
 * {@code static/console}; {@code /console} leads there. Anyone may load them; the APIs they call need an admin's or
 * an auditor's token.
 */
@Configuration
class ConsoleConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/console", "/console/");
        registry.addViewController("/console/").setViewName("forward:/console/index.html");
    }
}
