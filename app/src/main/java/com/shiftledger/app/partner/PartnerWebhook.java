package com.shiftledger.app.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One webhook in the outbox: for which client and shift, the exact body that is signed, sent and shown in the
 * events feed, the event that caused it (written once per event), and how its delivery stands. {@code attempts}
 * counts every attempt ever made; {@code retryStep} is the position in the retry schedule since it was last
 * (re)started.
 */
@Entity
@Table(name = "partner_webhook")
class PartnerWebhook {

    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "webhook_id", nullable = false, unique = true, length = 40)
    private String webhookId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "shift_id", nullable = false)
    private long shiftId;

    @Column(name = "external_shift_id", nullable = false, length = 100)
    private String externalShiftId;

    @Column(name = "shift_status", nullable = false, length = 20)
    private String shiftStatus;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @Column(name = "source_event_id", nullable = false, unique = true, length = 100)
    private String sourceEventId;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "retry_step", nullable = false)
    private int retryStep;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected PartnerWebhook() {
    }

    PartnerWebhook(String webhookId, WebhookShift shift, ShiftStatusChange change, String body,
                   String sourceEventId, Instant createdAt) {
        this.webhookId = webhookId;
        this.clientId = shift.clientId();
        this.shiftId = shift.shiftId();
        this.externalShiftId = shift.externalShiftId();
        this.shiftStatus = change.label();
        this.body = body;
        this.sourceEventId = sourceEventId;
        this.status = DeliveryStatus.PENDING.code();
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** An attempt was made: its HTTP status (null when there was no answer) and what went wrong, if anything. */
    void attempted(Integer statusCode, String error) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    void delivered(Instant at) {
        status = DeliveryStatus.DELIVERED.code();
        deliveredAt = at;
        nextAttemptAt = null;
    }

    void retriesAt(Instant at) {
        retryStep++;
        nextAttemptAt = at;
    }

    void failed() {
        status = DeliveryStatus.FAILED.code();
        nextAttemptAt = null;
    }

    /** An admin sends it again: pending, the retry schedule from its start. */
    void redeliver(Instant at) {
        status = DeliveryStatus.PENDING.code();
        retryStep = 0;
        nextAttemptAt = at;
        deliveredAt = null;
    }

    boolean isPending() {
        return DeliveryStatus.PENDING.code().equals(status);
    }

    Long id() {
        return id;
    }

    String webhookId() {
        return webhookId;
    }

    long clientId() {
        return clientId;
    }

    long shiftId() {
        return shiftId;
    }

    String externalShiftId() {
        return externalShiftId;
    }

    String shiftStatus() {
        return shiftStatus;
    }

    String body() {
        return body;
    }

    String status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    int retryStep() {
        return retryStep;
    }

    Integer lastStatusCode() {
        return lastStatusCode;
    }

    String lastError() {
        return lastError;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }
}
