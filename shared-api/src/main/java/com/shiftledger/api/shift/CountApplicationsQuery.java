package com.shiftledger.api.shift;

/**
 * Asks how many of a professional's applications stand in each status (exactly as their
 * {@code GET /professional/my-applications} lists them); answered with an {@link ApplicationCounts}.
 */
public record CountApplicationsQuery(long professionalId) {
}
