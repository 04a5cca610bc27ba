package com.shiftledger.api.alert;

import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/** An admin reviewed a {@link LowBalanceAlertRaisedEvent low-balance alert} with their notes: now {@code reviewed}. */
public record LowBalanceAlertReviewedEvent(LowBalanceAlertId alertId, long hospitalId, WalletId walletId,
                                           String notes, long reviewedByUserId, Instant reviewedAt) {
}
