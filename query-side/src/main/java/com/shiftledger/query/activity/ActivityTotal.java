package com.shiftledger.query.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many entries the feed holds, kept as they are written, so a page never counts the whole feed. */
@Entity
@Table(name = "activity_total")
class ActivityTotal {

    static final String FEED = "platform";

    @Id
    @Column(name = "feed", length = 20)
    private String feed;

    @Column(name = "entries", nullable = false)
    private long entries;

    protected ActivityTotal() {
    }

    ActivityTotal(String feed) {
        this.feed = feed;
    }

    void add(long delta) {
        entries += delta;
    }

    long entries() {
        return entries;
    }
}
