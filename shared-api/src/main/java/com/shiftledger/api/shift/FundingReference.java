package com.shiftledger.api.shift;

/**
 * The {@code number}-th funding a shift asked of its hospital's wallet. The wallet records the debit under
 * {@link #walletReference()}, so the funding moves money once however often it is retried.
 */
public record FundingReference(ShiftId shiftId, int number) {

    public FundingReference {
        if (shiftId == null || number < 1) {
            throw new IllegalArgumentException("A funding is the n-th (n >= 1) of a shift");
        }
    }

    /** The reference of the wallet debit that pays this funding. */
    public String walletReference() {
        return "shift:" + shiftId.value() + ":fund:" + number;
    }
}
