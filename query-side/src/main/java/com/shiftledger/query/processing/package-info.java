/**
 * How the query side's event processors order the events of one subject (a shift, a refund), and how a row they
 * write once is inserted.
 */
package com.shiftledger.query.processing;
