package com.shiftledger.app.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One of a client's webhook secrets, encrypted: it signs from {@code createdAt}, and once rotated out until
 * {@code signsUntil}.
 */
@Entity
@Table(name = "partner_webhook_secret")
class WebhookSecret {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "ciphertext", nullable = false, length = 200)
    private String ciphertext;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "signs_until")
    private Instant signsUntil;

    protected WebhookSecret() {
    }

    WebhookSecret(long clientId, String ciphertext, Instant createdAt) {
        this.clientId = clientId;
        this.ciphertext = ciphertext;
        this.createdAt = createdAt;
    }

    boolean signsAt(Instant at) {
        return signsUntil == null || signsUntil.isAfter(at);
    }

    /** Rotated out: keeps signing until {@code until}, or until the earlier end it already had. */
    void rotatedOut(Instant until) {
        if (signsUntil == null || until.isBefore(signsUntil)) {
            signsUntil = until;
        }
    }

    long clientId() {
        return clientId;
    }

    String ciphertext() {
        return ciphertext;
    }

    Instant signsUntil() {
        return signsUntil;
    }
}
