package com.shiftledger.api.sos;

/** An eligible application earns nothing after all: it was withdrawn, rejected or a no-show. */
public record SosEligibilityLapsedEvent(SosId sosId, long applicationId) {
}
