package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Account;

/** Who a wallet belongs to: a hospital that pays, or a professional who earns. */
public enum OwnerType {
    HOSPITAL,
    PROFESSIONAL;

    public Account accountOf(long ownerId) {
        return this == HOSPITAL ? Account.hospital(ownerId) : Account.professional(ownerId);
    }

    public String code() {
        return name().toLowerCase();
    }
}
