/** Low-balance alerts: each hospital wallet's watch (its threshold, its alerts), a hospital's own threshold, reviews. */
package com.shiftledger.command.alert;
