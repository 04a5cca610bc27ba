package com.shiftledger.api.shift;

/** Asks how many applications for a hospital's shifts wait for its decision; answered with a {@code Long}. */
public record CountPendingApplicationsQuery(long hospitalId) {
}
