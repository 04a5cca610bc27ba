package com.shiftledger.api.sos;

import com.shiftledger.api.refund.RefundId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An admin approves or rejects a pending SOS refund request at {@code at}; a repeat of the same decision changes nothing. */
public record ReviewSosRefundCommand(@TargetAggregateIdentifier SosId sosId, RefundId refundId, boolean approve,
                                     String remarks, long adminUserId, Instant at) {
}
