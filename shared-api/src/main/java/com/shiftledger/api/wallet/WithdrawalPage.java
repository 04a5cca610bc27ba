package com.shiftledger.api.wallet;

import java.util.List;

/** One page of {@link WithdrawalView}s and the number that matched in all. */
public record WithdrawalPage(List<WithdrawalView> items, long total, int page, int perPage) {
}
