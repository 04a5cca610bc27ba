package com.shiftledger.api.refund;

/**
 * Asks for one refund: answered with its {@link RefundView}, or null until the read side has projected it (as a
 * subscription query, updated as it changes).
 */
public record FindRefundQuery(RefundId refundId) {
}
