package com.shiftledger.api.refund;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.TransactionId;
import com.shiftledger.api.shift.ShiftId;

/**
 * Identifies a {@code Refund} by its code ({@code REF-} and 12 letters and digits), derived from the shift and
 * the release that caused it, so a repeated release names the same refund.
 */
public record RefundId(String code) {

    public RefundId {
        if (code == null || !code.matches("REF-[0-9A-Z]{12}")) {
            throw new IllegalArgumentException("Not a refund code: " + code);
        }
    }

    public static RefundId forShiftRelease(ShiftId shiftId, int releaseNumber) {
        return new RefundId(TransactionId.code("REF-", shiftId.toString(), "release:" + releaseNumber));
    }

    public Account account() {
        return Account.refund(code);
    }

    /** The aggregate identifier in the event store: the code itself, unique across aggregate types. */
    @Override
    public String toString() {
        return code;
    }
}
