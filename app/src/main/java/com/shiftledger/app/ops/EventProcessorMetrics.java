package com.shiftledger.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * How far each streaming event processor is behind the head of the event store, per processor:
 * {@code shiftledger.processor.lag.events} (stream positions between the head and the processor's slowest segment)
 * and {@code shiftledger.processor.lag} in seconds (the age of the oldest event that segment has not handled yet;
 * 0 when caught up). A segment this instance works on counts with its position in memory, any other segment with its
 * token in {@code token_entry}, so a stopped or failing processor shows its lag growing. A stored token may trail the
 * processor by a few seconds (tokens of segments without matching events are stored at each claim extension). Read
 * at most every {@link #REFRESH}.
 */
@Component
class EventProcessorMetrics {

    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final int PEEK_MILLIS = 200;
    private static final Lag UNKNOWN = new Lag(Double.NaN, Double.NaN);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Cached<Map<String, Lag>> lags;

    EventProcessorMetrics(EventProcessingConfiguration processing, EventStore eventStore, JdbcTemplate jdbc,
                          Serializer serializer, MeterRegistry registry, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.registry = registry;
        this.clock = clock;
        this.lags = new Cached<>(this::readLags, Map.of(), REFRESH, clock);
    }

    /** How far one processor is behind: in stream positions and in seconds. */
    record Lag(double events, double seconds) {
    }

    /** The processors exist once the context has started; their gauges are registered then, once. */
    @EventListener(ApplicationStartedEvent.class)
    void registerGauges() {
        streamingProcessors().keySet().forEach(name -> {
            Gauge.builder("shiftledger.processor.lag.events", this, metrics -> metrics.lag(name).events())
                    .tag(AxonMessageMetrics.PROCESSOR, name)
                    .description("Events between the head of the event store and the processor's slowest segment")
                    .register(registry);
            TimeGauge.builder("shiftledger.processor.lag", this, TimeUnit.SECONDS,
                            metrics -> metrics.lag(name).seconds())
                    .tag(AxonMessageMetrics.PROCESSOR, name)
                    .description("Age of the oldest event the processor's slowest segment has not handled yet")
                    .register(registry);
        });
    }

    /** The processor's lag as last read; NaN when no segment of it is known. */
    Lag lag(String processor) {
        return lags.get().getOrDefault(processor, UNKNOWN);
    }

    /**
     * The token of every segment of the processor as of now: this instance's own segments from memory, the others
     * from {@code token_entry} (null for a segment that has not started).
     */
    List<TrackingToken> segmentTokens(String processor) {
        StreamingEventProcessor streaming = streamingProcessors().get(processor);
        if (streaming == null) {
            return List.of();
        }
        Map<Integer, TrackingToken> segments = new HashMap<>(storedTokens().getOrDefault(processor, Map.of()));
        streaming.processingStatus().forEach((segment, status) -> segments.put(segment, status.getTrackingToken()));
        return new ArrayList<>(segments.values());
    }

    /** The streaming processors' names. */
    Set<String> processorNames() {
        return streamingProcessors().keySet();
    }

    private Map<String, StreamingEventProcessor> streamingProcessors() {
        Map<String, StreamingEventProcessor> streaming = new HashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streamingProcessor) {
                streaming.put(name, streamingProcessor);
            }
        });
        return streaming;
    }

    private Map<String, Lag> readLags() {
        long head = position(eventStore.createHeadToken());
        Map<String, Map<Integer, TrackingToken>> stored = storedTokens();
        Map<String, Lag> result = new HashMap<>();
        streamingProcessors().forEach((name, processor) -> {
            Map<Integer, TrackingToken> segments = new HashMap<>(stored.getOrDefault(name, Map.of()));
            processor.processingStatus().forEach((segment, status) -> segments.put(segment, status.getTrackingToken()));
            if (segments.isEmpty()) {
                return;
            }
            // a segment without a token (null) has not started: it is behind every other
            TrackingToken slowest = null;
            long slowestPosition = Long.MAX_VALUE;
            for (TrackingToken token : segments.values()) {
                if (position(token) < slowestPosition) {
                    slowest = token;
                    slowestPosition = position(token);
                }
            }
            long behind = Math.max(0, head - slowestPosition);
            result.put(name, new Lag(behind, behind == 0 ? 0 : secondsSinceNextEvent(slowest)));
        });
        return result;
    }

    /** Every segment's stored token, by processor and segment; the tokens stay in the database with Axon Server too. */
    private Map<String, Map<Integer, TrackingToken>> storedTokens() {
        Map<String, Map<Integer, TrackingToken>> tokens = new HashMap<>();
        jdbc.query("select processor_name, segment, token, token_type from token_entry", row -> {
            byte[] token = row.getBytes(3);
            String type = row.getString(4);
            TrackingToken trackingToken = token == null || type == null ? null
                    : serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
            tokens.computeIfAbsent(row.getString(1), name -> new HashMap<>()).put(row.getInt(2), trackingToken);
        });
        return tokens;
    }

    private double secondsSinceNextEvent(TrackingToken token) {
        try (BlockingStream<TrackedEventMessage<?>> stream =
                     eventStore.openStream(WrappedToken.unwrapLowerBound(token))) {
            if (!stream.hasNextAvailable(PEEK_MILLIS, TimeUnit.MILLISECONDS)) {
                return 0;
            }
            return stream.peek()
                    .map(next -> Math.max(0, clock.millis() - next.getTimestamp().toEpochMilli()) / 1000.0)
                    .orElse(0.0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    /** A token's position in the stream; -1 before the first event. */
    private static long position(TrackingToken token) {
        if (token == null) {
            return -1;
        }
        OptionalLong position = token.position();
        return position.isPresent() ? position.getAsLong() : -1;
    }
}
