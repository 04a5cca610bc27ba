package com.shiftledger.api.shift;

import java.util.List;

/** One page of {@link AttendanceView}s and the number that matched in all. */
public record AttendancePage(List<AttendanceView> items, long total, int page, int perPage) {
}
