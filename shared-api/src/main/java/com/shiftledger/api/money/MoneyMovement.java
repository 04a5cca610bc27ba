package com.shiftledger.api.money;

import java.util.List;

/**
 * An event that moves money or coins: it carries the {@link Posting}s of rupees and the {@link CoinPosting}s of
 * coins it records. Every posting of the ledger is carried by exactly one event, so the journal and the audit are
 * both built from these events alone; the two units are summed apart and never mixed.
 */
public interface MoneyMovement {

    List<Posting> postings();

    /** The coins this event moves; none for an event that moves only rupees. */
    default List<CoinPosting> coinPostings() {
        return List.of();
    }
}
