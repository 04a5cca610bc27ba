package com.shiftledger.app.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A bearer token, kept only as the SHA-256 hash of its secret part; a logged-out token is revoked, and one unused for
 * longer than its time to live has expired.
 */
@Entity
@Table(name = "access_token")
class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    protected AccessToken() {
    }

    AccessToken(long userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.lastUsedAt = createdAt;
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String tokenHash() {
        return tokenHash;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether a token last used at {@code lastUsedAt} went unused for longer than {@code ttl} (each use extends it). */
    static boolean isExpired(Instant lastUsedAt, Instant now, java.time.Duration ttl) {
        return !now.isBefore(lastUsedAt.plus(ttl));
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }
}
