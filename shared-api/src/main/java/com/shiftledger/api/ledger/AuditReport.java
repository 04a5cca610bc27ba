package com.shiftledger.api.ledger;

import java.util.List;

/** The result of checking the invariants over the event store: every violation found, none when {@code ok}. */
public record AuditReport(boolean ok, long eventsChecked, List<Violation> violations) {

    /** One broken invariant: which, where ({@code account}, event index) and what was found. */
    public record Violation(String invariant, String account, Long globalIndex, String eventType, String detail) {
    }
}
