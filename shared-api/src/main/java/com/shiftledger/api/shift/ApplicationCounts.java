package com.shiftledger.api.shift;

/** How many applications stand in each {@link ApplicationStatus}: the answer to {@link CountApplicationsQuery}. */
public record ApplicationCounts(long pending, long accepted, long rejected, long withdrawn, long cancelled,
                                long released) {
}
