/** Processes that follow a shift's money across aggregates: funding confirmation and position payouts. */
package com.shiftledger.saga.shift;
