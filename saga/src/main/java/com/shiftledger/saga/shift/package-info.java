/** Processes that follow a shift's money across aggregates: funding from the hospital's wallet and position payouts. */
package com.shiftledger.saga.shift;
