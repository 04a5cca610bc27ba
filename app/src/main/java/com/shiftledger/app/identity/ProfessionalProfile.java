package com.shiftledger.app.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A healthcare professional: name, profession and the wallet their earnings are paid into. */
@Entity
@Table(name = "professional_profile")
class ProfessionalProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, unique = true)
    private long userId;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "profession_type", nullable = false, length = 20)
    private String professionType;

    @Column(name = "specialization", length = 255)
    private String specialization;

    @Column(name = "wallet_id", nullable = false, unique = true)
    private long walletId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProfessionalProfile() {
    }

    ProfessionalProfile(long userId, String firstName, String lastName, String professionType,
                        String specialization, long walletId, Instant createdAt) {
        this.userId = userId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.professionType = professionType;
        this.specialization = specialization;
        this.walletId = walletId;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String professionType() {
        return professionType;
    }

    String specialization() {
        return specialization;
    }

    long walletId() {
        return walletId;
    }
}
