package com.shiftledger.api.sos;

import com.shiftledger.api.wallet.WalletId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An application eligible for the SOS's extra pay was made; sent by the SOS payout saga. A repeat changes nothing. */
public record RecordEligibleApplicationCommand(@TargetAggregateIdentifier SosId sosId, long applicationId,
                                               long professionalId, WalletId professionalWalletId) {
}
