package com.shiftledger.api.refund;

/**
 * Asks for one page of every hospital's refunds for the admin, newest first, optionally of one {@code status} and
 * {@code reason}; answered with a {@link RefundPage}.
 */
public record FindAllRefundsQuery(String status, String reason, int page, int perPage) {
}
