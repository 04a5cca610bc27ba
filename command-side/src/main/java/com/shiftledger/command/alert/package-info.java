/** Low-balance alerts: each hospital wallet's watch (its own threshold, its alerts) and the admin's reviews. */
package com.shiftledger.command.alert;
