package com.shiftledger.api.ledger;

/** Asks for the admin's finance totals; answered with a {@link FinanceOverview}. */
public record FindFinanceOverviewQuery() {
}
