package com.shiftledger.api.sos;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The SOS's shift was cancelled; a repeat, or an SOS no longer sent, changes nothing. */
public record CancelEmergencySosCommand(@TargetAggregateIdentifier SosId sosId) {
}
