/** A refund: money released from a shift that returns to the hospital's wallet after the hold period. */
package com.shiftledger.api.refund;
