package com.shiftledger.api.platform;

import java.util.List;

/** One page of {@link SettingsActivityView}s and the number of changes in all. */
public record SettingsActivityPage(List<SettingsActivityView> items, long total, int page, int perPage) {
}
