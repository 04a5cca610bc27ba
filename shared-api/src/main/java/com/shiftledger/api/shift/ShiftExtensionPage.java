package com.shiftledger.api.shift;

import java.util.List;

/** One page of {@link ShiftExtensionView}s and the number that matched in all. */
public record ShiftExtensionPage(List<ShiftExtensionView> items, long total, int page, int perPage) {
}
