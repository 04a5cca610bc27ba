package com.shiftledger.app.ops;

import com.shiftledger.api.ledger.AuditReport;
import com.shiftledger.query.audit.ProcessorProgress;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the audit reads of the event processors, from the same figures as the metrics: segment tokens, parked
 * sequences, and each processor's lag in events and seconds and its dead letters.
 */
@Component
class AuditProgress implements ProcessorProgress {

    private final EventProcessorMetrics processors;
    private final DeadLetterMetrics deadLetters;
    private final JdbcTemplate jdbc;

    AuditProgress(EventProcessorMetrics processors, DeadLetterMetrics deadLetters, JdbcTemplate jdbc) {
        this.processors = processors;
        this.deadLetters = deadLetters;
        this.jdbc = jdbc;
    }

    @Override
    public List<TrackingToken> segmentTokens(String processor) {
        return processors.segmentTokens(processor);
    }

    @Override
    public Set<String> parkedSequences(String processor) {
        return new HashSet<>(jdbc.queryForList("select distinct sequence_identifier from dead_letter_entry "
                + "where processing_group = ?", String.class, processor));
    }

    @Override
    public List<AuditReport.ProjectionLag> lags() {
        return processors.processorNames().stream().sorted().map(name -> {
            EventProcessorMetrics.Lag lag = processors.lag(name);
            double letters = deadLetters.count(name);
            return new AuditReport.ProjectionLag(name, Double.isNaN(lag.events()) ? null : (long) lag.events(),
                    Double.isNaN(lag.seconds()) ? null : lag.seconds(), null,
                    Double.isNaN(letters) ? null : (long) letters);
        }).toList();
    }
}
