package com.shiftledger.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code shiftledger.dead.letters}: the events a projection set aside in its dead-letter queue (table
 * {@code dead_letter_entry}), per processing group that has one. Counted with one query at most every
 * {@link EventProcessorMetrics#REFRESH}.
 */
@Component
class DeadLetterMetrics {

    static final String PROCESSING_GROUP = "processing_group";

    private final EventProcessingConfiguration processing;
    private final MeterRegistry registry;
    private final Cached<Map<String, Long>> counts;

    DeadLetterMetrics(EventProcessingConfiguration processing, MeterRegistry registry, JdbcTemplate jdbc,
                      Clock clock) {
        this.processing = processing;
        this.registry = registry;
        this.counts = new Cached<>(() -> count(jdbc), null, EventProcessorMetrics.REFRESH, clock);
    }

    @EventListener(ApplicationStartedEvent.class)
    void registerGauges() {
        processing.eventProcessors().keySet().stream()
                .filter(group -> processing.deadLetterQueue(group).isPresent())
                .forEach(group -> Gauge.builder("shiftledger.dead.letters", this, metrics -> metrics.count(group))
                        .tag(PROCESSING_GROUP, group)
                        .description("Events in the processing group's dead-letter queue")
                        .register(registry));
    }

    double count(String group) {
        Map<String, Long> current = counts.get();
        return current == null ? Double.NaN : current.getOrDefault(group, 0L);
    }

    private static Map<String, Long> count(JdbcTemplate jdbc) {
        Map<String, Long> result = new HashMap<>();
        jdbc.query("select processing_group, count(*) from dead_letter_entry group by processing_group",
                row -> {
                    result.put(row.getString(1), row.getLong(2));
                });
        return result;
    }
}
