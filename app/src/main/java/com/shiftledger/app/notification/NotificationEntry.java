package com.shiftledger.app.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One notification of one user; {@code sourceKey} names what caused it, so a redelivered event adds none. */
@Entity
@Table(name = "notification")
class NotificationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "type", nullable = false, length = 40)
    private String type;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "body", nullable = false, length = 1000)
    private String body;

    @Column(name = "data", length = 2000)
    private String data;

    @Column(name = "source_key", nullable = false, length = 150)
    private String sourceKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "pushed_at")
    private Instant pushedAt;

    protected NotificationEntry() {
    }

    NotificationEntry(long userId, String type, String title, String body, String data, String sourceKey,
                      Instant createdAt) {
        this.userId = userId;
        this.type = type;
        this.title = title;
        this.body = body;
        this.data = data;
        this.sourceKey = sourceKey;
        this.createdAt = createdAt;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void pushed(Instant at) {
        pushedAt = at;
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    String data() {
        return data;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant readAt() {
        return readAt;
    }

    Instant pushedAt() {
        return pushedAt;
    }
}
