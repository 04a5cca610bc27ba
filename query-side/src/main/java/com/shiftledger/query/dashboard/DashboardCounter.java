package com.shiftledger.query.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One figure of one scope (see {@link Scope}), for example the paise a hospital spent in a month; its key is the
 * scope and the figure's name, {@code hospital:5:2025-01/spent}. Absent until the first event counts it.
 */
@Entity
@Table(name = "dashboard_counter")
class DashboardCounter {

    @Id
    @Column(name = "counter_key", length = 120)
    private String key;

    @Column(name = "amount", nullable = false)
    private long amount;

    protected DashboardCounter() {
    }

    DashboardCounter(String key) {
        this.key = key;
    }

    void add(long delta) {
        amount = Math.addExact(amount, delta);
    }

    String key() {
        return key;
    }

    long amount() {
        return amount;
    }
}
