package com.shiftledger.query.audit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.concurrent.TimeUnit;

/**
 * One pass over the event store in the order stored, from its first event to the last one stored when the pass
 * began (its head); the event store reads the events in batches, so a pass holds none of them. The audit and the
 * background verification both read the store this way.
 */
public final class EventStorePass {

    private static final int WAIT_FOR_NEXT_EVENT_MILLIS = 2000;

    private EventStorePass() {
    }

    /** What a pass does with each event; false ends the pass there. */
    @FunctionalInterface
    public interface Step {
        boolean take(TrackedEventMessage<?> event);
    }

    /** The position of the last event stored now, -1 when the store is empty. */
    public static long headOf(EventStore eventStore) {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Hands every event up to {@code headPosition} to {@code step}; false when the step ended the pass early. */
    public static boolean run(EventStore eventStore, long headPosition, Step step) throws InterruptedException {
        if (headPosition < 0) {
            return true;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(WAIT_FOR_NEXT_EVENT_MILLIS, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                boolean more = step.take(event);
                if (event.trackingToken().position().orElse(-1) >= headPosition) {
                    return true;
                }
                if (!more) {
                    return false;
                }
            }
        }
        return true;
    }
}
