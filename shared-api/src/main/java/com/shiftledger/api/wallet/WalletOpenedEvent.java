package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;

/** A wallet was opened for a hospital or professional, empty, with its ledger {@code account}. */
public record WalletOpenedEvent(WalletId walletId, OwnerType ownerType, long ownerId, String ownerName,
                                Account account) {
}
