package com.shiftledger.api.dashboard;

/** Asks for one page of the activity feed, newest first; answered with an {@link ActivityPage}. */
public record FindRecentActivitiesQuery(int page, int perPage) {
}
