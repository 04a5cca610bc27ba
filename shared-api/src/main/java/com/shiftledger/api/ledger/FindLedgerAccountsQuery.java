package com.shiftledger.api.ledger;

/** Asks for every ledger account and its balance; answered with {@link LedgerAccounts}. */
public record FindLedgerAccountsQuery() {
}
