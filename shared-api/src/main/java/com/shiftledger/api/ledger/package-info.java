/** The ledger as a whole: account balances, the finance overview and the audit of the event store. */
package com.shiftledger.api.ledger;
