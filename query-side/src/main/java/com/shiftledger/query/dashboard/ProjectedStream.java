package com.shiftledger.query.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How far the dashboards have counted the events of one aggregate (a wallet, a shift, ...): the sequence number of
 * its last counted event. An event at or before it was counted already and is not counted again.
 */
@Entity
@Table(name = "dashboard_stream")
class ProjectedStream {

    @Id
    @Column(name = "aggregate_id", length = 120)
    private String aggregateId;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected ProjectedStream() {
    }

    ProjectedStream(String aggregateId) {
        this.aggregateId = aggregateId;
        this.lastSequence = -1;
    }

    String aggregateId() {
        return aggregateId;
    }

    /** Takes the event numbered {@code sequence} unless it or a later one was taken already. */
    boolean takes(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }
}
