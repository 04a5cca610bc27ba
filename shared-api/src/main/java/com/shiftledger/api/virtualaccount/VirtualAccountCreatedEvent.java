package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;

import java.time.Instant;

/**
 * A hospital got its virtual account: bank transfers into {@code receivingAccount} credit its wallet. With
 * {@code hasMandate} the account waits for its mandate ({@link MandateActivatedEvent}), up to
 * {@code mandateMaxAmount} a top-up. See {@link CreateVirtualAccountCommand}.
 */
public record VirtualAccountCreatedEvent(VirtualAccountId virtualAccountId, long hospitalId, WalletId walletId,
                                         String name, ReceivingAccount receivingAccount, boolean hasMandate,
                                         Money mandateMaxAmount, long adminUserId, Instant at) {
}
