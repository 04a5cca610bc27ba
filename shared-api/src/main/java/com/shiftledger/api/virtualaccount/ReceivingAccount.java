package com.shiftledger.api.virtualaccount;

/**
 * The bank account Razorpay opened for a {@link VirtualAccountCreatedEvent}: what a hospital's bank transfers are
 * sent to. {@code razorpayId} is Razorpay's id of the virtual account ({@code va_...}).
 */
public record ReceivingAccount(String razorpayId, String accountNumber, String ifsc, String bankName,
                               String beneficiaryName) {
}
