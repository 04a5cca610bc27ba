package com.shiftledger.api.alert;

/** Asks for one low-balance alert; answered with its {@link LowBalanceAlertView}, or null when there is none. */
public record FindLowBalanceAlertQuery(LowBalanceAlertId alertId) {
}
