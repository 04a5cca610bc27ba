/** The admin's finance overview, totalled from the wallet and journal read models. */
package com.shiftledger.query.finance;
