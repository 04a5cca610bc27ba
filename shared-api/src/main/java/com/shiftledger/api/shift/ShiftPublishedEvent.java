package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

/** A shift's total was paid into its escrow and the shift is open to professionals. */
public record ShiftPublishedEvent(ShiftId shiftId, int fundingNumber, Money amount, String transactionId) {
}
