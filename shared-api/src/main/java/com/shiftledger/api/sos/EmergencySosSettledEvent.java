package com.shiftledger.api.sos;

/** Nothing more can be owed from the SOS: it is no longer sent and every eligible application is paid or lapsed. */
public record EmergencySosSettledEvent(SosId sosId) {
}
