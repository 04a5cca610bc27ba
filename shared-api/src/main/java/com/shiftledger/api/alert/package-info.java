/** Low-balance alerts: a hospital wallet's threshold, the alert raised when a balance falls below it, its review. */
package com.shiftledger.api.alert;
