package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;

/**
 * One funding of a shift as the read side knows it: {@code pending}, {@code funded} (paid in wallet transaction
 * {@code transactionId}), or {@code abandoned} ({@code requiredAmount} and {@code walletBalance} set when the
 * wallet refused it).
 */
public record ShiftFundingView(long shiftId, int fundingNumber, String status, Money amount, String transactionId,
                               Money requiredAmount, Money walletBalance) {

    public static final String PENDING = "pending";
    public static final String FUNDED = "funded";
    public static final String ABANDONED = "abandoned";

    public boolean isSettled() {
        return !PENDING.equals(status);
    }
}
