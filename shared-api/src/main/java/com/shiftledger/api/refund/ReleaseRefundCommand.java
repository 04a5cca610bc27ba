package com.shiftledger.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The hold period is over: a pending refund starts being credited ({@link RefundReleaseStartedEvent}). */
public record ReleaseRefundCommand(@TargetAggregateIdentifier RefundId refundId) {
}
