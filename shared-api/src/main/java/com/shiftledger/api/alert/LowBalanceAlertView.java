package com.shiftledger.api.alert;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * A low-balance alert as the read side shows it: whose wallet, the balance it fell to and the threshold it crossed,
 * its status ({@code open}, {@code reviewed}) and the reviewer's notes. See {@link LowBalanceAlertRaisedEvent}.
 */
public record LowBalanceAlertView(String alertId, long hospitalId, long walletId, Money balance, Money threshold,
                                  String status, String notes, Instant raisedAt, Long reviewedById,
                                  Instant reviewedAt) {
}
