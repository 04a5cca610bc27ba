package com.shiftledger.command.virtualaccount;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.virtualaccount.ReceivingAccount;

import java.util.Optional;

/** Razorpay's Smart Collect and recurring payments as the virtual accounts need them. */
interface SmartCollect {

    /** Opens a virtual account that receives bank transfers for the hospital. */
    ReceivingAccount openVirtualAccount(String name, long hospitalId, long virtualAccountId);

    /** Closes a virtual account opened here that the ledger will not use (another request was first). */
    void closeVirtualAccount(String razorpayId);

    /** Why the customer's recurring token cannot be charged (up to {@code maxAmount} when given); empty when it can. */
    Optional<String> mandateProblem(String customerId, String tokenId, Money maxAmount);

    /** Charges the mandate {@code amount} through a new order; answers the order and the payment Razorpay made. */
    MandateCharge chargeMandate(Money amount, String receipt, String customerId, String tokenId, long hospitalId);

    /** A recurring payment asked for: its order and its payment ({@code null} offline, where none is made). */
    record MandateCharge(String orderId, String paymentId) {
    }
}
