package com.shiftledger.command.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One shift extension and the shift it extends. */
@Entity
@Table(name = "shift_extension_lookup")
class ShiftExtensionLookupEntry {

    @Id
    @Column(name = "extension_id")
    private long extensionId;

    @Column(name = "shift_id", nullable = false)
    private long shiftId;

    protected ShiftExtensionLookupEntry() {
    }

    ShiftExtensionLookupEntry(long extensionId, long shiftId) {
        this.extensionId = extensionId;
        this.shiftId = shiftId;
    }

    long shiftId() {
        return shiftId;
    }
}
