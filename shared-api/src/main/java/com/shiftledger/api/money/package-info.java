/** Money in whole paise, the ledger's accounts and the balanced postings that move money between them. */
package com.shiftledger.api.money;
