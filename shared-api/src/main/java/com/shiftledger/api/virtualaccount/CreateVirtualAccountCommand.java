package com.shiftledger.api.virtualaccount;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An admin opens the virtual account Razorpay made for a hospital; see {@link VirtualAccountCreatedEvent}.
 * {@code mandateMaxAmount} is null without a mandate.
 */
public record CreateVirtualAccountCommand(@TargetAggregateIdentifier VirtualAccountId virtualAccountId,
                                          long hospitalId, WalletId walletId, String name,
                                          ReceivingAccount receivingAccount, boolean hasMandate,
                                          Money mandateMaxAmount, long adminUserId, Instant at) {
}
