package com.shiftledger;

import com.shiftledger.app.verifier.StatementVerifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;

/**
 * ShiftLedger: the event-sourced money core of the ShiftPro staffing marketplace. Assembles the command side,
 * the sagas and the query side into one application; {@code verify-statement} as the first argument runs the
 * offline statement verifier instead.
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
        if (args.length > 0 && args[0].equals(StatementVerifier.COMMAND)) {
            // the offline verifier: no Spring, no database, nothing but the files given
            System.exit(StatementVerifier.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(ShiftLedgerApplication.class, args);
    }
}
