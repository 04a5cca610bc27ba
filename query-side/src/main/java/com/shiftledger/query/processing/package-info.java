/** How the query side's event processors order the events of one subject (a shift, a refund). */
package com.shiftledger.query.processing;
