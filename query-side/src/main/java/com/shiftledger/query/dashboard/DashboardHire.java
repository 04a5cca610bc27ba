package com.shiftledger.query.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A professional a hospital ever accepted, once however often: what {@code professionals_hired} counts. */
@Entity
@Table(name = "dashboard_hire")
class DashboardHire {

    @Id
    @Column(name = "hire_key", length = 60)
    private String key;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "professional_id", nullable = false)
    private long professionalId;

    protected DashboardHire() {
    }

    DashboardHire(long hospitalId, long professionalId) {
        this.key = keyOf(hospitalId, professionalId);
        this.hospitalId = hospitalId;
        this.professionalId = professionalId;
    }

    static String keyOf(long hospitalId, long professionalId) {
        return hospitalId + "/" + professionalId;
    }

    String key() {
        return key;
    }
}
