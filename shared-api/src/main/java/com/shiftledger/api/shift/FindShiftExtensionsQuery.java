package com.shiftledger.api.shift;

/**
 * Asks for one page of the extensions of a hospital's shifts ({@code hospitalId}) or of a professional's work
 * ({@code professionalId}), the other null, newest first, of one {@code status} or all (null): answered with a
 * {@link ShiftExtensionPage}.
 */
public record FindShiftExtensionsQuery(Long hospitalId, Long professionalId, String status, int page, int perPage) {
}
