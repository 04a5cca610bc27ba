package com.shiftledger.query.dashboard;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Makes the dashboard's counting idempotent per event: an aggregate's events arrive in the order of their sequence
 * numbers, and each aggregate remembers the last one counted (see {@link ProjectedStream}). An event published
 * outside any aggregate is remembered by its identifier.
 */
@Component
class ProjectedStreams {

    private final ProjectedStreamRepository streams;

    ProjectedStreams(ProjectedStreamRepository streams) {
        this.streams = streams;
    }

    /** Whether the event is counted now: false when it was counted before. */
    boolean takes(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> event && event.getAggregateIdentifier() != null) {
            return stream(event.getAggregateIdentifier()).takes(event.getSequenceNumber());
        }
        return stream("event:" + message.getIdentifier()).takes(0);
    }

    void clear() {
        streams.deleteAllInBatch();
    }

    private ProjectedStream stream(String aggregateId) {
        return streams.findById(aggregateId).orElseGet(() -> streams.save(new ProjectedStream(aggregateId)));
    }
}
