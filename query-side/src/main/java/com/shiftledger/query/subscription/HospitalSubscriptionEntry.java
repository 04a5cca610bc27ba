package com.shiftledger.query.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A hospital's latest paid subscription: the plan's terms as paid for (JSON of {@code PlanTerms}), and the term it
 * runs without a break, from its first paid month to the end of the last.
 */
@Entity
@Table(name = "hospital_subscription_view")
class HospitalSubscriptionEntry {

    @Id
    @Column(name = "hospital_id")
    private long hospitalId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "plan_terms", nullable = false, length = 4000)
    private String planTerms;

    @Column(name = "months", nullable = false)
    private int months;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "version", nullable = false)
    private long version;

    protected HospitalSubscriptionEntry() {
    }

    HospitalSubscriptionEntry(long hospitalId) {
        this.hospitalId = hospitalId;
        this.version = -1;
    }

    /**
     * Takes the payment of the event with sequence number {@code sequence}, unless it was taken already. A renewal
     * (paid months that start where the current term ends) keeps the term's start: the subscription runs on.
     */
    boolean takes(long sequence, long newPlanId, String terms, int newMonths, Instant starts, Instant expires) {
        if (sequence <= version) {
            return false;
        }
        version = sequence;
        planId = newPlanId;
        planTerms = terms;
        months = newMonths;
        if (!starts.equals(expiresAt)) {
            startsAt = starts;
        }
        expiresAt = expires;
        return true;
    }

    long hospitalId() {
        return hospitalId;
    }

    long planId() {
        return planId;
    }

    String planTerms() {
        return planTerms;
    }

    int months() {
        return months;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    long version() {
        return version;
    }
}
