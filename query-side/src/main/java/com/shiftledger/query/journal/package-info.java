/** The double-entry journal: every posting as two lines, and the balance of every account. */
package com.shiftledger.query.journal;
