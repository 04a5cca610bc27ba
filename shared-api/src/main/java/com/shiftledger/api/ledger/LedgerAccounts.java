package com.shiftledger.api.ledger;

import java.util.List;

/**
 * Every account of the journal with its balance, per unit: the rupee accounts in paise and their sum, and the coin
 * accounts in coins and their sum; each sum is 0 when the ledger balances, and the two are never added together.
 */
public record LedgerAccounts(List<AccountBalance> accounts, long sumPaise, List<CoinBalance> coinAccounts,
                             long sumCoins) {

    /** One account and its balance in paise; clearing accounts are negative. */
    public record AccountBalance(String account, long balancePaise) {
    }

    /** One coin account and its balance in coins; {@code coins:platform}, which issues them, is negative. */
    public record CoinBalance(String account, long coins) {
    }
}
