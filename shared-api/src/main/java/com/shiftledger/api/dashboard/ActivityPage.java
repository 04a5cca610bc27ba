package com.shiftledger.api.dashboard;

import java.util.List;

/** One page of {@link ActivityView}s, newest first, and how many entries the feed holds in all. */
public record ActivityPage(List<ActivityView> items, long total, int page, int perPage) {
}
