package com.shiftledger.api.dashboard;

/**
 * Asks how many shifts there are (drafts included), of one hospital or of all ({@code hospitalId} null), in all or
 * with one status ({@code status} null for all); answered with a {@code Long} from the dashboard's counters.
 */
public record CountShiftsQuery(Long hospitalId, String status) {
}
