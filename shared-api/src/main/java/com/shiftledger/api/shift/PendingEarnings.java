package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

/** The professional pay of a professional's accepted, not yet completed positions; see {@link FindPendingEarningsQuery}. */
public record PendingEarnings(Money amount) {
}
