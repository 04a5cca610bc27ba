package com.shiftledger.query.subscription;

import com.shiftledger.api.subscription.MonthlyUse;
import com.shiftledger.api.subscription.MonthlyUseView;
import com.shiftledger.api.subscription.MonthlyUsageId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One claim of a month's use under a hospital's plan: counting, or given back. */
@Entity
@Table(name = "monthly_use_view")
class MonthlyUseEntry {

    @Id
    @Column(name = "claim_key", length = 200)
    private String claimKey;

    @Column(name = "hospital_id", nullable = false)
    private long hospitalId;

    @Column(name = "usage_month", nullable = false, length = 7)
    private String month;

    @Column(name = "use_kind", nullable = false, length = 16)
    private String useKind;

    @Column(name = "reference", nullable = false, length = 120)
    private String reference;

    @Column(name = "released", nullable = false)
    private boolean released;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    protected MonthlyUseEntry() {
    }

    MonthlyUseEntry(MonthlyUsageId usageId, MonthlyUse use, String reference, Instant claimedAt) {
        this.claimKey = key(usageId, use, reference);
        this.hospitalId = usageId.hospitalId();
        this.month = usageId.month();
        this.useKind = use.code();
        this.reference = reference;
        this.claimedAt = claimedAt;
        this.version = -1;
    }

    static String key(MonthlyUsageId usageId, MonthlyUse use, String reference) {
        return usageId.hospitalId() + "/" + usageId.month() + "/" + use.code() + "/" + reference;
    }

    /** Takes a claim or a release at {@code sequence} of the month's usage; an event taken already changes nothing. */
    boolean takes(long sequence, boolean released, Instant at) {
        if (sequence <= version) {
            return false;
        }
        this.version = sequence;
        this.released = released;
        if (!released) {
            this.claimedAt = at;
        }
        return true;
    }

    MonthlyUseView view() {
        return new MonthlyUseView(new MonthlyUsageId(hospitalId, month), MonthlyUse.ofCode(useKind).orElseThrow(),
                reference, released);
    }
}
