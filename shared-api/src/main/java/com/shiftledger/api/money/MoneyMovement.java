package com.shiftledger.api.money;

import java.util.List;

/**
 * An event that moves money: it carries the {@link Posting}s it records. Every posting of the ledger is
 * carried by exactly one event, so the journal and the audit are both built from these events alone.
 */
public interface MoneyMovement {

    List<Posting> postings();
}
