package com.shiftledger.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The refund's amount was credited to the wallet in {@code transactionId}; see {@link RefundCompletedEvent}. */
public record CompleteRefundCommand(@TargetAggregateIdentifier RefundId refundId, String transactionId) {
}
