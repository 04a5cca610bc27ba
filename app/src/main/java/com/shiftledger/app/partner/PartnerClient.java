package com.shiftledger.app.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * A staffing partner registered by an admin: the hospital whose wallet pays for its shifts, where its webhooks go,
 * the time zone of its facility, its rate card, and the SHA-256 hash of its current API key.
 */
@Entity
@Table(name = "partner_client")
class PartnerClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "webhook_url", nullable = false, length = 2000)
    private String webhookUrl;

    @Column(name = "timezone", nullable = false, length = 60)
    private String timezone;

    @Column(name = "api_key_hash", nullable = false, length = 64)
    private String apiKeyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_client_rate", joinColumns = @JoinColumn(name = "client_id"))
    @MapKeyColumn(name = "professional_type", length = 20)
    private Map<String, RateLine> rates = new HashMap<>();

    protected PartnerClient() {
    }

    PartnerClient(String name, long hospitalId, String webhookUrl, ZoneId timezone, Map<String, RateLine> rates,
                  String apiKeyHash, Instant createdAt) {
        this.name = name;
        this.hospitalId = hospitalId;
        this.webhookUrl = webhookUrl;
        this.timezone = timezone.getId();
        this.rates = new HashMap<>(rates);
        this.apiKeyHash = apiKeyHash;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Applies the changes an admin made; a null field stays as it is. */
    void change(String newName, String newWebhookUrl, ZoneId newTimezone, Map<String, RateLine> newRates,
                Instant at) {
        if (newName != null) {
            name = newName;
        }
        if (newWebhookUrl != null) {
            webhookUrl = newWebhookUrl;
        }
        if (newTimezone != null) {
            timezone = newTimezone.getId();
        }
        if (newRates != null) {
            rates.clear();
            rates.putAll(newRates);
        }
        updatedAt = at;
    }

    void keyRotated(String newApiKeyHash, Instant at) {
        apiKeyHash = newApiKeyHash;
        updatedAt = at;
    }

    long clientId() {
        return clientId;
    }

    String name() {
        return name;
    }

    long hospitalId() {
        return hospitalId;
    }

    String webhookUrl() {
        return webhookUrl;
    }

    ZoneId timezone() {
        return ZoneId.of(timezone);
    }

    String apiKeyHash() {
        return apiKeyHash;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Map<String, RateLine> rates() {
        return Map.copyOf(rates);
    }
}
