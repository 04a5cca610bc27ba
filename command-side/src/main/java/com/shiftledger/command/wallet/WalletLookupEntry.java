package com.shiftledger.command.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which wallet a top-up order or a withdrawal belongs to, so that a webhook or an admin can address it. Rows are
 * inserted by {@link WalletLookupRepository#record}.
 */
@Entity
@Table(name = "wallet_lookup")
class WalletLookupEntry {

    @Id
    @Column(name = "lookup_key", length = 100)
    private String lookupKey;

    @Column(name = "wallet_id", nullable = false)
    private long walletId;

    protected WalletLookupEntry() {
    }

    long walletId() {
        return walletId;
    }
}
