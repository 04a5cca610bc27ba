/** The wallet of a hospital or a professional: top-ups, debits and credits, withdrawals. */
package com.shiftledger.api.wallet;
