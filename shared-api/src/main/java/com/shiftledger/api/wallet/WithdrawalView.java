package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/** A withdrawal request, its destination and where it stands. */
public record WithdrawalView(long id, long walletId, String ownerType, long ownerId, String ownerName, Money amount,
                             String paymentMethod, String status, String bankName, String accountNumber,
                             String ifscCode, String accountHolderName, String upiId, String remarks,
                             String transactionId, Instant createdAt, Instant processedAt) {
}
