package com.shiftledger.query.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One setting changed by one change, from which value to which, by whom and when. */
@Entity
@Table(name = "settings_activity_log")
class SettingsActivityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, length = 100)
    private String eventId;

    @Column(name = "setting", nullable = false, length = 60)
    private String setting;

    @Column(name = "old_value", length = 10000)
    private String oldValue;

    @Column(name = "new_value", length = 10000)
    private String newValue;

    @Column(name = "changed_by_id", nullable = false)
    private long changedById;

    @Column(name = "changed_by_name")
    private String changedByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SettingsActivityEntry() {
    }

    SettingsActivityEntry(String eventId, String setting, String oldValue, String newValue, long changedById,
                          String changedByName, Instant createdAt) {
        this.eventId = eventId;
        this.setting = setting;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedById = changedById;
        this.changedByName = changedByName;
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    String setting() {
        return setting;
    }

    String oldValue() {
        return oldValue;
    }

    String newValue() {
        return newValue;
    }

    long changedById() {
        return changedById;
    }

    String changedByName() {
        return changedByName;
    }

    Instant createdAt() {
        return createdAt;
    }
}
