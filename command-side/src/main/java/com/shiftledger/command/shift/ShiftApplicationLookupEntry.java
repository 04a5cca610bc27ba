package com.shiftledger.command.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One application and the shift it is for. */
@Entity
@Table(name = "shift_application_lookup")
class ShiftApplicationLookupEntry {

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "shift_id", nullable = false)
    private long shiftId;

    protected ShiftApplicationLookupEntry() {
    }

    ShiftApplicationLookupEntry(long applicationId, long shiftId) {
        this.applicationId = applicationId;
        this.shiftId = shiftId;
    }

    long shiftId() {
        return shiftId;
    }
}
