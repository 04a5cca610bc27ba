package com.shiftledger.query.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A subscription plan after its last projected event: its terms as JSON of {@code PlanTerms}. */
@Entity
@Table(name = "subscription_plan_view")
class SubscriptionPlanEntry {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "terms", nullable = false, length = 4000)
    private String terms;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SubscriptionPlanEntry() {
    }

    SubscriptionPlanEntry(long id, Instant createdAt) {
        this.id = id;
        this.version = -1;
        this.createdAt = createdAt;
    }

    /** Takes the terms of the event with sequence number {@code sequence}, unless it was taken already. */
    boolean takes(long sequence, String newTerms, boolean isActive, Instant at) {
        if (sequence <= version) {
            return false;
        }
        version = sequence;
        terms = newTerms;
        active = isActive;
        updatedAt = at;
        return true;
    }

    long id() {
        return id;
    }

    String terms() {
        return terms;
    }

    long version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
