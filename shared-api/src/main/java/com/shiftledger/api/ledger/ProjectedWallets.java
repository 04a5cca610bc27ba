package com.shiftledger.api.ledger;

import java.util.List;

/**
 * What the wallet read model shows, for the audit: each wallet's balance and the version (the sequence number of its
 * last event) that balance stands at, so that it can be compared with the event store at that same version.
 */
public record ProjectedWallets(List<Wallet> wallets) {

    /** One wallet as the read side shows it. */
    public record Wallet(long walletId, long balancePaise, long version, long coins) {
    }
}
