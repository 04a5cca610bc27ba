package com.shiftledger.api.sos;

import com.shiftledger.api.refund.RefundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An approved SOS refund was credited to the hospital's wallet in {@code transactionId}; a repeat changes nothing. */
public record CompleteSosRefundCommand(@TargetAggregateIdentifier SosId sosId, RefundId refundId,
                                       String transactionId) {
}
