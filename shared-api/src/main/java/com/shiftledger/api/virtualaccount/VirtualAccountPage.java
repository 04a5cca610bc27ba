package com.shiftledger.api.virtualaccount;

import java.util.List;

/** The answer to {@link FindVirtualAccountsQuery}: the page's virtual accounts and how many there are in all. */
public record VirtualAccountPage(List<VirtualAccountView> items, long total) {
}
