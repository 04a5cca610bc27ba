package com.shiftledger.app.ops;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Health component {@code eventProcessors}: every event processor running and none in error, else DOWN. Details
 * (admins only) per processor: running, error, and for streaming processors the segments this instance holds, whether
 * they have caught up, and the error of a failing segment (it is retried, or its event is dead-lettered).
 */
@Component
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private static final int MAX_ERROR_LENGTH = 200;

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        super("Event processors could not be checked");
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        for (Map.Entry<String, EventProcessor> entry : new TreeMap<>(processing.eventProcessors()).entrySet()) {
            EventProcessor processor = entry.getValue();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("running", processor.isRunning());
            details.put("error", processor.isError());
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
                details.put("segments", segments.size());
                details.put("caughtUp", segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp));
                segments.values().stream().filter(EventTrackerStatus::isErrorState).findFirst()
                        .map(EventTrackerStatus::getError)
                        .ifPresent(error -> details.put("lastError", describe(error)));
            }
            healthy &= processor.isRunning() && !processor.isError();
            builder.withDetail(entry.getKey(), details);
        }
        if (healthy) {
            builder.up();
        } else {
            builder.down();
        }
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH) + "...";
    }
}
