/** The check of the ledger's three invariants over the whole event store, in the background, one at a time. */
package com.shiftledger.query.verification;
