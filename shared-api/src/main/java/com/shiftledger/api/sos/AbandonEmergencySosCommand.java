package com.shiftledger.api.sos;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The hospital's wallet refused the SOS's extra pay: it holds {@code walletBalance}, less than {@code requiredAmount}. */
public record AbandonEmergencySosCommand(@TargetAggregateIdentifier SosId sosId, Money requiredAmount,
                                         Money walletBalance) {
}
