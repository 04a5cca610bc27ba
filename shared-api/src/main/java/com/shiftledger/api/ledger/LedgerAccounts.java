package com.shiftledger.api.ledger;

import java.util.List;

/** Every account of the journal with its balance in paise, and their sum, which is 0 when the ledger balances. */
public record LedgerAccounts(List<AccountBalance> accounts, long sumPaise) {

    /** One account and its balance in paise; clearing accounts are negative. */
    public record AccountBalance(String account, long balancePaise) {
    }
}
