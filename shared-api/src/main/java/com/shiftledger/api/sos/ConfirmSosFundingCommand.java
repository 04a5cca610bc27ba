package com.shiftledger.api.sos;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The hospital's wallet paid the SOS's extra pay into its escrow in {@code transactionId}; a repeat changes nothing. */
public record ConfirmSosFundingCommand(@TargetAggregateIdentifier SosId sosId, String transactionId) {
}
