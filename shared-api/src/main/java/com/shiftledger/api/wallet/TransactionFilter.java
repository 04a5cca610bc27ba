package com.shiftledger.api.wallet;

import java.time.LocalDate;

/** Filters of a transaction history; every field is optional. */
public record TransactionFilter(String type, String category, String status, LocalDate dateFrom, LocalDate dateTo) {

    public static TransactionFilter none() {
        return new TransactionFilter(null, null, null, null, null);
    }
}
