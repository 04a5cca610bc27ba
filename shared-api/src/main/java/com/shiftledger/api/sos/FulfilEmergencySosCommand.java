package com.shiftledger.api.sos;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Every position of the SOS's shift is filled; a repeat, or an SOS no longer sent, changes nothing. */
public record FulfilEmergencySosCommand(@TargetAggregateIdentifier SosId sosId) {
}
