package com.shiftledger.query.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** The referral terms in force after the last change of them. */
@Entity
@Table(name = "referral_settings_view")
class ReferralSettingsEntry {

    @Id
    @Column(name = "settings_id", length = 40)
    private String settingsId;

    @Column(name = "referral_bonus", nullable = false)
    private long referralBonus;

    @Column(name = "referee_bonus", nullable = false)
    private long refereeBonus;

    @Column(name = "coin_exchange_rate", nullable = false, precision = 14, scale = 4)
    private BigDecimal coinExchangeRate;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReferralSettingsEntry() {
    }

    ReferralSettingsEntry(String settingsId) {
        this.settingsId = settingsId;
        this.version = -1;
    }

    /** Takes the terms of the change with sequence number {@code sequence}, unless a later one was taken already. */
    boolean takes(long sequence, long referral, long referee, BigDecimal rate, Instant at) {
        if (sequence <= version) {
            return false;
        }
        version = sequence;
        referralBonus = referral;
        refereeBonus = referee;
        coinExchangeRate = rate;
        updatedAt = at;
        return true;
    }

    long referralBonus() {
        return referralBonus;
    }

    long refereeBonus() {
        return refereeBonus;
    }

    BigDecimal coinExchangeRate() {
        return coinExchangeRate;
    }
}
