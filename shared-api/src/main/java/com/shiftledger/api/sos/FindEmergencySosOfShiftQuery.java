package com.shiftledger.api.sos;

/**
 * Asks for the SOS of a hospital's shift funded by the wallet transaction {@code transactionId}; answered with its
 * {@link EmergencySosView}, or null when there is none.
 */
public record FindEmergencySosOfShiftQuery(long hospitalId, long shiftId, String transactionId) {
}
