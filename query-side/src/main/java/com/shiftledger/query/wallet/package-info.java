/** The wallet read model: balances, the transaction history of each wallet, and withdrawal requests. */
package com.shiftledger.query.wallet;
