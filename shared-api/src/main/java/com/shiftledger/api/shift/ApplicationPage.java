package com.shiftledger.api.shift;

import java.util.List;

/** One page of {@link ApplicationView}s and the number that matched in all. */
public record ApplicationPage(List<ApplicationView> items, long total, int page, int perPage) {
}
