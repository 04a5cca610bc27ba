/** The refund release: a refund waits out its hold period on a persistent deadline, then is credited once. */
package com.shiftledger.saga.refund;
