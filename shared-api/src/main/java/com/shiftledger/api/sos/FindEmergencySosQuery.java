package com.shiftledger.api.sos;

/**
 * Asks for one SOS; answered with its {@link EmergencySosView}, null until the read side has it (as a subscription
 * query, updated as it changes).
 */
public record FindEmergencySosQuery(SosId sosId) {
}
