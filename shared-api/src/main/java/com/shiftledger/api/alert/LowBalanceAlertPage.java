package com.shiftledger.api.alert;

import java.util.List;

/** One page of {@link LowBalanceAlertView}s and how many alerts match in all. */
public record LowBalanceAlertPage(List<LowBalanceAlertView> items, long total, int page, int perPage) {
}
