package com.shiftledger.app.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** What notifications need to know of a shift: whose it is, what it is called, who can work it, and when. */
@Entity
@Table(name = "notification_shift")
class NotificationShift {

    @Id
    @Column(name = "shift_id")
    private long shiftId;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "profession_type", nullable = false, length = 20)
    private String professionType;

    @Column(name = "shift_date", nullable = false)
    private LocalDate shiftDate;

    protected NotificationShift() {
    }

    NotificationShift(long shiftId, long hospitalId, String title, String professionType, LocalDate shiftDate) {
        this.shiftId = shiftId;
        this.hospitalId = hospitalId;
        this.title = title;
        this.professionType = professionType;
        this.shiftDate = shiftDate;
    }

    void revised(String newTitle, String newProfessionType, LocalDate newDate) {
        this.title = newTitle;
        this.professionType = newProfessionType;
        this.shiftDate = newDate;
    }

    long hospitalId() {
        return hospitalId;
    }

    String title() {
        return title;
    }

    String professionType() {
        return professionType;
    }

    LocalDate shiftDate() {
        return shiftDate;
    }
}
