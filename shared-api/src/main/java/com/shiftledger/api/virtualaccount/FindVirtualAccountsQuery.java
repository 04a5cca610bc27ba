package com.shiftledger.api.virtualaccount;

/** A page of every virtual account, newest first; answered with a {@link VirtualAccountPage}. */
public record FindVirtualAccountsQuery(int page, int perPage) {
}
