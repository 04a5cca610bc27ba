package com.shiftledger.api.refund;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.TransactionId;
import com.shiftledger.api.rejection.InvalidIdentifierException;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.sos.SosId;

/**
 * Identifies a refund by its code ({@code REF-} and 12 letters and digits), derived from what caused it (a shift's
 * release of escrow, a hospital's request to an SOS), so a repeat names the same refund.
 */
public record RefundId(String code) {

    public RefundId {
        if (code == null || !code.matches("REF-[0-9A-Z]{12}")) {
            throw new InvalidIdentifierException("Not a refund code: " + code);
        }
    }

    public static RefundId forShiftRelease(ShiftId shiftId, int releaseNumber) {
        return new RefundId(TransactionId.code("REF-", shiftId.toString(), "release:" + releaseNumber));
    }

    /** The {@code n}-th refund a hospital asked of an SOS's escrow. */
    public static RefundId forSosRefund(SosId sosId, int requestNumber) {
        return new RefundId(TransactionId.code("REF-", sosId.toString(), "refund:" + requestNumber));
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
