package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/** A hospital asked for {@code amount} of the SOS's escrow back; an admin reviews the request. Nothing moved yet. */
public record SosRefundRequestedEvent(SosId sosId, RefundId refundId, long hospitalId, WalletId walletId,
                                      ShiftId shiftId, Money amount, String description, Instant requestedAt) {
}
