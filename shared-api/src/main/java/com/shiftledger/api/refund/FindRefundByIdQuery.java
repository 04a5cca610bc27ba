package com.shiftledger.api.refund;

/** Asks for one refund by its public number; answered with its {@link RefundView}, or null when there is none. */
public record FindRefundByIdQuery(long id) {
}
