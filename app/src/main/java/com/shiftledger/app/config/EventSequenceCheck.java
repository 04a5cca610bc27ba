package com.shiftledger.app.config;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Refuses to start unless the event table's global index sequence ({@code domain_event_entry_seq}) increments by 1.
 * Tracking processors read the event stream by that index and take a missing index for an event still being
 * written: with a larger increment (Hibernate's default allocation of 50) every event would leave gaps, and events
 * committed late could be passed over. Checked after the migrations, before any processor starts.
 */
@Component
@DependsOn("flywayInitializer")
class EventSequenceCheck implements InitializingBean {

    static final String SEQUENCE = "domain_event_entry_seq";

    private final JdbcTemplate jdbc;

    EventSequenceCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        check(jdbc);
    }

    static void check(JdbcTemplate jdbc) {
        String product = jdbc.execute((java.sql.Connection connection) ->
                connection.getMetaData().getDatabaseProductName());
        List<Long> increments = "PostgreSQL".equals(product)
                ? jdbc.queryForList("select increment_by from pg_sequences where schemaname = current_schema() "
                        + "and sequencename = ?", Long.class, SEQUENCE)
                : jdbc.queryForList("select increment from information_schema.sequences "
                        + "where lower(sequence_name) = ?", Long.class, SEQUENCE);
        if (increments.isEmpty()) {
            throw new IllegalStateException("The event table's sequence " + SEQUENCE + " is missing; the "
                    + "migrations create it with increment 1");
        }
        if (increments.get(0) != 1) {
            throw new IllegalStateException("The event table's sequence " + SEQUENCE + " increments by "
                    + increments.get(0) + "; it must increment by 1 (alter sequence " + SEQUENCE
                    + " increment by 1), or tracking processors may pass over events. Refusing to start.");
        }
    }
}
