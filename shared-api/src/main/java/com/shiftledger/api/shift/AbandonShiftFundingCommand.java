package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The hospital's wallet refused funding {@code fundingNumber}: it holds {@code walletBalance}, less than the
 * {@code requiredAmount}. The shift stays as it was; a shift created to be published at once is discarded.
 */
public record AbandonShiftFundingCommand(@TargetAggregateIdentifier ShiftId shiftId, int fundingNumber,
                                         Money requiredAmount, Money walletBalance) {
}
