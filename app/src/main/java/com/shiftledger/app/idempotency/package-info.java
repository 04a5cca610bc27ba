/** Idempotency-Key: the first answer to a keyed request is kept for good and returned to every repeat. */
package com.shiftledger.app.idempotency;
