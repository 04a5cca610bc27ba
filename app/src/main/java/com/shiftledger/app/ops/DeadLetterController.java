package com.shiftledger.app.ops;

import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * The events projections parked in their dead-letter queues because they could not apply them, for the admin who
 * fixes the cause (a column too short, a bug) and then retries them: a retried sequence is applied in order and
 * leaves the queue, one that fails again stays parked.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@Tag(name = "Operations")
class DeadLetterController {

    /** At most this many sequences are retried by one call; call again for more. */
    static final int MAX_RETRIED_SEQUENCES = 100;
    private static final int MAX_LISTED = 500;

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    DeadLetterController(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** One parked event: where it came from, what it is and why it failed. */
    record ParkedEvent(String id, String processingGroup, String sequence, long indexInSequence, String eventId,
                       String eventType, String aggregateId, Long aggregateSequence, String occurredAt,
                       Instant parkedAt, Instant lastTriedAt, String causeType, String causeMessage) {
    }

    record Parked(long total, List<ParkedEvent> events) {
    }

    @GetMapping
    @Operation(summary = "The events projections parked because they could not apply them (oldest first, 500 at most)")
    ApiResponse<Parked> list() {
        Long total = jdbc.queryForObject("select count(*) from dead_letter_entry", Long.class);
        List<ParkedEvent> events = jdbc.query("select dead_letter_id, processing_group, sequence_identifier, "
                        + "sequence_index, event_identifier, payload_type, aggregate_identifier, sequence_number, "
                        + "time_stamp, enqueued_at, last_touched, cause_type, cause_message from dead_letter_entry "
                        + "order by enqueued_at, processing_group, sequence_identifier, sequence_index limit ?",
                (row, n) -> new ParkedEvent(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getString(5), row.getString(6), row.getString(7), (Long) row.getObject(8),
                        row.getString(9), instant(row.getTimestamp(10)), instant(row.getTimestamp(11)),
                        row.getString(12), row.getString(13)),
                MAX_LISTED);
        return ApiResponse.ok(new Parked(total == null ? 0 : total, events));
    }

    record Retried(String processingGroup, int sequencesApplied, long stillParked) {
    }

    @PostMapping("/{processingGroup}/retry")
    @Operation(summary = "Apply a projection's parked events again, sequence by sequence, once the cause is fixed")
    ApiResponse<Retried> retry(@PathVariable String processingGroup) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.eventProcessors().containsKey(
                processingGroup) ? processing.sequencedDeadLetterProcessor(processingGroup).orElse(null) : null;
        if (letters == null) {
            throw RejectedException.notFound("No projection named " + processingGroup + " parks events.");
        }
        // the first event of each parked sequence; a sequence is retried in a transaction of its own, so one that
        // fails again (even as it commits) stays parked as it was and the others are still retried
        List<String> firstEvents = jdbc.queryForList("select event_identifier from dead_letter_entry d "
                + "where processing_group = ? and sequence_index = (select min(sequence_index) "
                + "from dead_letter_entry f "
                + "where f.processing_group = d.processing_group and f.sequence_identifier = d.sequence_identifier) "
                + "order by enqueued_at limit ?", String.class, processingGroup, MAX_RETRIED_SEQUENCES);
        int applied = 0;
        for (String firstEvent : firstEvents) {
            try {
                if (letters.process(letter -> letter.message().getIdentifier().equals(firstEvent))) {
                    applied++;
                }
            } catch (RuntimeException failedAgain) {
                log.warn("Parked sequence of {} starting at event {} failed again: {}", processingGroup, firstEvent,
                        failedAgain.toString());
            }
        }
        long stillParked = parkedIn(processingGroup);
        return ApiResponse.ok(applied + " sequence(s) applied, " + stillParked + " event(s) still parked",
                new Retried(processingGroup, applied, stillParked));
    }

    private long parkedIn(String processingGroup) {
        Long count = jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = ?",
                Long.class, processingGroup);
        return count == null ? 0 : count;
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
