package com.shiftledger.app.notification;

import com.shiftledger.api.shift.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** What notifications need to know of an Emergency SOS: its shift, whom it reaches and what it offers. */
@Entity
@Table(name = "notification_sos")
class NotificationSos {

    @Id
    @Column(name = "sos_id")
    private long sosId;

    @Column(name = "shift_id", nullable = false)
    private long shiftId;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "profession_type", nullable = false, length = 20)
    private String professionType;

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "radius_km", nullable = false)
    private int radiusKm;

    @Column(name = "extra_pay_paise", nullable = false)
    private long extraPayPaise;

    @Column(name = "total_paise", nullable = false)
    private long totalPaise;

    @Column(name = "urgency_deadline", nullable = false)
    private Instant urgencyDeadline;

    @Column(name = "message", length = 1000)
    private String message;

    protected NotificationSos() {
    }

    NotificationSos(long sosId, long shiftId, long hospitalId, String professionType, GeoPoint location,
                    int radiusKm, long extraPayPaise, long totalPaise, Instant urgencyDeadline, String message) {
        this.sosId = sosId;
        this.shiftId = shiftId;
        this.hospitalId = hospitalId;
        this.professionType = professionType;
        this.latitude = location == null ? null : location.latitude();
        this.longitude = location == null ? null : location.longitude();
        this.radiusKm = radiusKm;
        this.extraPayPaise = extraPayPaise;
        this.totalPaise = totalPaise;
        this.urgencyDeadline = urgencyDeadline;
        this.message = message;
    }

    long sosId() {
        return sosId;
    }

    long shiftId() {
        return shiftId;
    }

    long hospitalId() {
        return hospitalId;
    }

    String professionType() {
        return professionType;
    }

    GeoPoint location() {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    int radiusKm() {
        return radiusKm;
    }

    long extraPayPaise() {
        return extraPayPaise;
    }

    long totalPaise() {
        return totalPaise;
    }

    Instant urgencyDeadline() {
        return urgencyDeadline;
    }

    String message() {
        return message;
    }
}
