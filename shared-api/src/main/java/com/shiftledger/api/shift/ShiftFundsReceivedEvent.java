package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

/**
 * Funding reached the shift's escrow for a request the shift no longer waits for (abandoned or superseded);
 * it is returned at once in a refund without a fee.
 */
public record ShiftFundsReceivedEvent(ShiftId shiftId, int fundingNumber, Money amount, String transactionId) {
}
