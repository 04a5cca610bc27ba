package com.shiftledger.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin refuses a pending withdrawal and its funds return to the wallet; see {@link WithdrawalRejectedEvent}. */
public record RejectWithdrawalCommand(@TargetAggregateIdentifier WalletId walletId, long withdrawalId,
                                      String remarks) {
}
