package com.shiftledger.api.shift;

import java.util.List;

/** One page of {@link ShiftView}s and the number that matched in all. */
public record ShiftPage(List<ShiftView> items, long total, int page, int perPage) {
}
