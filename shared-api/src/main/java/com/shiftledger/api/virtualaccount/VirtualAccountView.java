package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.money.Money;

import java.time.Instant;

/**
 * A virtual account as an admin sees it: the hospital it belongs to ({@code accountableType} {@code hospital}), its
 * Razorpay id ({@code va_...}) and the bank account transfers are sent to, and its mandate ({@code mandateStatus}
 * {@code none}, {@code pending} until activated, or {@code active}). An item of {@link VirtualAccountPage}.
 */
public record VirtualAccountView(long id, String razorpayVirtualAccountId, String accountableType, long accountableId,
                                 long walletId, String name, String accountNumber, String ifsc, String bankName,
                                 String status, boolean hasMandate, Money mandateMaxAmount, String mandateStatus,
                                 String mandateCustomerId, String mandateTokenId, Instant mandateActivatedAt,
                                 Instant createdAt) {

    public static final String HOSPITAL = "hospital";

    /** The view of an account with these details and mandate. */
    public static VirtualAccountView of(long id, long hospitalId, long walletId, String name,
                                        ReceivingAccount receivingAccount, boolean hasMandate, Money mandateMaxAmount,
                                        String customerId, String tokenId, Instant mandateActivatedAt,
                                        Instant createdAt) {
        String mandateStatus = tokenId != null ? "active" : hasMandate ? "pending" : "none";
        return new VirtualAccountView(id, receivingAccount.razorpayId(), HOSPITAL, hospitalId, walletId, name,
                receivingAccount.accountNumber(), receivingAccount.ifsc(), receivingAccount.bankName(), "active",
                hasMandate, mandateMaxAmount, mandateStatus, customerId, tokenId, mandateActivatedAt, createdAt);
    }
}
