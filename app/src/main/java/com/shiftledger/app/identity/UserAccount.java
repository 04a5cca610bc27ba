package com.shiftledger.app.identity;

import com.shiftledger.api.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person who signs in: an admin, an auditor, or the user of a hospital or a professional profile. */
@Entity
@Table(name = "user_account")
class UserAccount {

    /** The status of a user who may sign in and use their tokens. */
    static final String ACTIVE = "active";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "email", nullable = false, unique = true)
    private String email;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "role", nullable = false, length = 20)
    private String role;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "referral_code", length = 12, unique = true)
    private String referralCode;

    @Column(name = "fcm_token", length = 512)
    private String fcmToken;

    @Column(name = "device_type", length = 20)
    private String deviceType;

    protected UserAccount() {
    }

    UserAccount(String name, String email, String phone, String passwordHash, Role role, Instant createdAt) {
        this(name, email, phone, passwordHash, role, createdAt, null);
    }

    UserAccount(String name, String email, String phone, String passwordHash, Role role, Instant createdAt,
                String referralCode) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.role = role.name();
        this.status = ACTIVE;
        this.createdAt = createdAt;
        this.referralCode = referralCode;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return Role.valueOf(role);
    }

    String status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The code others give to say this user referred them; null until it is given. */
    String referralCode() {
        return referralCode;
    }

    /** Remembers the device push notifications go to (the apps send it at login). */
    void registerDevice(String token, String type) {
        this.fcmToken = token;
        this.deviceType = type;
    }

    public String fcmToken() {
        return fcmToken;
    }

    boolean isActive() {
        return isActive(status);
    }

    /** Whether a user of this status may sign in and use their tokens. */
    static boolean isActive(String status) {
        return ACTIVE.equals(status);
    }
}
