package com.shiftledger.app.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A hospital: who it is, where it is (for check-in geofencing) and which wallet pays for its shifts. */
@Entity
@Table(name = "hospital_profile")
class HospitalProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, unique = true)
    private long userId;

    @Column(name = "hospital_name", nullable = false)
    private String hospitalName;

    @Column(name = "registration_number", length = 100)
    private String registrationNumber;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "state", length = 100)
    private String state;

    @Column(name = "pincode", length = 10)
    private String pincode;

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "wallet_id", nullable = false, unique = true)
    private long walletId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HospitalProfile() {
    }

    HospitalProfile(long userId, String hospitalName, String registrationNumber, String address, String city,
                    String state, String pincode, BigDecimal latitude, BigDecimal longitude, long walletId,
                    Instant createdAt) {
        this.userId = userId;
        this.hospitalName = hospitalName;
        this.registrationNumber = registrationNumber;
        this.address = address;
        this.city = city;
        this.state = state;
        this.pincode = pincode;
        this.latitude = latitude;
        this.longitude = longitude;
        this.walletId = walletId;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String hospitalName() {
        return hospitalName;
    }

    String registrationNumber() {
        return registrationNumber;
    }

    String address() {
        return address;
    }

    String city() {
        return city;
    }

    String state() {
        return state;
    }

    String pincode() {
        return pincode;
    }

    BigDecimal latitude() {
        return latitude;
    }

    BigDecimal longitude() {
        return longitude;
    }

    long walletId() {
        return walletId;
    }
}
