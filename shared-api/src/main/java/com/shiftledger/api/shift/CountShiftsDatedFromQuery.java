package com.shiftledger.api.shift;

import java.time.LocalDate;

/**
 * Asks how many shifts are dated {@code dateFrom} or later, of one hospital or of all ({@code hospitalId} null), with
 * one status or any ({@code status} null); answered with a {@code Long}.
 */
public record CountShiftsDatedFromQuery(Long hospitalId, String status, LocalDate dateFrom) {
}
