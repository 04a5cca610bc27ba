package com.shiftledger.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the wallet of a newly registered hospital or professional; answered by {@link WalletOpenedEvent}. */
public record OpenWalletCommand(@TargetAggregateIdentifier WalletId walletId, OwnerType ownerType, long ownerId,
                                String ownerName) {
}
