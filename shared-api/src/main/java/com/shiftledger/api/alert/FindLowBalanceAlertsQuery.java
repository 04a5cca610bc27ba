package com.shiftledger.api.alert;

/**
 * Asks for one page of every hospital's low-balance alerts, newest first, of one {@code status} ({@code open},
 * {@code reviewed}) or of any when null; answered with a {@link LowBalanceAlertPage}.
 */
public record FindLowBalanceAlertsQuery(String status, int page, int perPage) {
}
