package com.shiftledger.api.alert;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/**
 * A hospital's wallet fell below its low-balance threshold: its {@code balance} (whole paise) went from at or above
 * the {@code threshold} in force (whole paise) to below it. Raised once per crossing, never again while the balance
 * stays below; the alert is {@code open} until {@link LowBalanceAlertReviewedEvent}. Moves no money.
 */
public record LowBalanceAlertRaisedEvent(LowBalanceAlertId alertId, long hospitalId, WalletId walletId, Money balance,
                                         Money threshold, Instant raisedAt) {
}
