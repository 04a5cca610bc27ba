package com.shiftledger.query.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The terms in force after the last change, as the change recorded them (JSON of {@code PlatformTerms}). */
@Entity
@Table(name = "platform_settings_view")
class SettingsEntry {

    @Id
    @Column(name = "settings_id", length = 40)
    private String settingsId;

    @Column(name = "terms", nullable = false, length = 20000)
    private String terms;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SettingsEntry() {
    }

    SettingsEntry(String settingsId) {
        this.settingsId = settingsId;
        this.version = -1;
    }

    /** Takes the terms of the change with sequence number {@code sequence}, unless a later one was taken already. */
    boolean takes(long sequence, String newTerms, Instant at) {
        if (sequence <= version) {
            return false;
        }
        version = sequence;
        terms = newTerms;
        updatedAt = at;
        return true;
    }

    String terms() {
        return terms;
    }
}
