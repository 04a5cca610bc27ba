package com.shiftledger.api.ledger;

/** Asks for a check of the ledger's three invariants over the whole event store; answered with an {@link AuditReport}. */
public record VerifyLedgerQuery() {
}
