package com.shiftledger.app.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
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

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    protected ProfessionalProfile() {
    }

    ProfessionalProfile(long userId, String firstName, String lastName, String professionType,
                        String specialization, BigDecimal latitude, BigDecimal longitude, long walletId,
                        Instant createdAt) {
        this.userId = userId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.professionType = professionType;
        this.specialization = specialization;
        this.latitude = latitude;
        this.longitude = longitude;
        this.walletId = walletId;
        this.createdAt = createdAt;
    }

    /** Where the professional is, for the Emergency SOS requests they receive. */
    void locatedAt(BigDecimal newLatitude, BigDecimal newLongitude) {
        this.latitude = newLatitude;
        this.longitude = newLongitude;
    }

    void specialized(String newSpecialization) {
        this.specialization = newSpecialization;
    }

    BigDecimal latitude() {
        return latitude;
    }

    BigDecimal longitude() {
        return longitude;
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
