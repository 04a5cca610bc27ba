package com.shiftledger.query.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How the feed names a shift: its code and title, and its hospital. */
@Entity
@Table(name = "activity_shift")
class ActivityShift {

    @Id
    @Column(name = "shift_id")
    private long shiftId;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "hospital_name")
    private String hospitalName;

    @Column(name = "shift_code", nullable = false, length = 40)
    private String shiftCode;

    @Column(name = "title", nullable = false)
    private String title;

    protected ActivityShift() {
    }

    ActivityShift(long shiftId, long hospitalId, String hospitalName, String shiftCode, String title) {
        this.shiftId = shiftId;
        this.hospitalId = hospitalId;
        this.hospitalName = hospitalName;
        this.shiftCode = shiftCode;
        this.title = title;
    }

    void retitled(String newTitle) {
        this.title = newTitle;
    }

    /** The shift as a description names it, for example {@code SFT-20250101-AB12 (ICU cover)}. */
    String named() {
        return shiftCode + " (" + title + ")";
    }

    ActivityEntry.Party hospital() {
        return new ActivityEntry.Party("hospital", hospitalId, hospitalName);
    }
}
