package com.shiftledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ShiftLedger: the event-sourced money core of the ShiftPro staffing marketplace. Assembles the command side,
 * the sagas and the query side into one application.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EntityScan(basePackages = {
        "com.shiftledger",
        "org.axonframework.eventsourcing.eventstore.jpa",
        "org.axonframework.eventhandling.tokenstore.jpa",
        "org.axonframework.modelling.saga.repository.jpa",
        "org.axonframework.eventhandling.deadletter.jpa"})
public class ShiftLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShiftLedgerApplication.class, args);
    }
}
