/** Personal data kept out of the event store, and its erasure: payout destinations. */
package com.shiftledger.app.privacy;
