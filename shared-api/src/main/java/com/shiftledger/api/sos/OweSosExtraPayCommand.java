package com.shiftledger.api.sos;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An eligible application's work was completed; sent by the SOS payout saga. A repeat changes nothing. */
public record OweSosExtraPayCommand(@TargetAggregateIdentifier SosId sosId, long applicationId) {
}
