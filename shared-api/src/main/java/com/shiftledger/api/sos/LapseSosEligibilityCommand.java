package com.shiftledger.api.sos;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An eligible application will not be completed (withdrawn, rejected, a no-show); a repeat changes nothing. */
public record LapseSosEligibilityCommand(@TargetAggregateIdentifier SosId sosId, long applicationId) {
}
