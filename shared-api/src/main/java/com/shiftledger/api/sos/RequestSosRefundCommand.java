package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A hospital asks for {@code amount} of the SOS's escrow back at {@code at}; refused when it exceeds what is left
 * less what eligible professionals can still earn and the requests still pending. See
 * {@link SosRefundRequestedEvent}.
 */
public record RequestSosRefundCommand(@TargetAggregateIdentifier SosId sosId, long hospitalId, Money amount,
                                      String description, Instant at) {
}
