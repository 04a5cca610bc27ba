package com.shiftledger.api.ledger;

import java.util.List;

/**
 * The result of checking the invariants over the event store: every violation found, none when {@code ok}; and,
 * apart from them, how far each projection is behind the event store, which is lag, not loss.
 */
public record AuditReport(boolean ok, long eventsChecked, List<Violation> violations, List<ProjectionLag> lag) {

    /** One broken invariant: which, where ({@code account}, event index) and what was found. */
    public record Violation(String invariant, String account, Long globalIndex, String eventType, String detail) {
    }

    /**
     * How far one projection is behind the head of the event store when it was checked: events not yet applied, the
     * age of the oldest of them in seconds (0 when caught up; null when not known), the wallets it shows at an
     * earlier version than the store has (for the wallet projection) and the events it parked.
     */
    public record ProjectionLag(String processor, Long eventsBehind, Double secondsBehind, Long walletsBehind,
                                Long deadLetters) {
    }
}
