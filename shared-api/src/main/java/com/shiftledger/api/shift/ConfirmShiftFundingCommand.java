package com.shiftledger.api.shift;

import com.shiftledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The hospital's wallet paid funding {@code fundingNumber} into the shift's escrow at {@code paidAt} in wallet
 * transaction {@code transactionId}; sent by the shift funding process. A repeat changes nothing.
 */
public record ConfirmShiftFundingCommand(@TargetAggregateIdentifier ShiftId shiftId, int fundingNumber, Money amount,
                                         String transactionId, Instant paidAt) {
}
