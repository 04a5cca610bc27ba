package com.shiftledger.api.wallet;

import com.shiftledger.api.money.Money;

/**
 * A wallet as its owner sees it: {@code balance} can be spent or withdrawn now, {@code reserved} is held by
 * pending withdrawals, {@code pendingRefunds} waits out the refund hold period; {@code coins} are its user's referral
 * coins (a unit of their own, never part of the balance).
 */
public record WalletView(long id, String ownerType, long ownerId, Money balance, Money reserved,
                         Money pendingRefunds, String currency, long coins) {
}
