package com.shiftledger.api.rest;

/** The ShiftPro {@code pagination} block of a list answer. */
public record Pagination(int currentPage, int perPage, long total, int lastPage, Integer from, Integer to,
                         boolean hasMorePages) {

    public static Pagination of(int page, int perPage, long total, int itemsOnPage) {
        int lastPage = (int) Math.max(1, (total + perPage - 1) / perPage);
        Integer from = itemsOnPage == 0 ? null : (page - 1) * perPage + 1;
        Integer to = itemsOnPage == 0 ? null : (page - 1) * perPage + itemsOnPage;
        return new Pagination(page, perPage, total, lastPage, from, to, page < lastPage);
    }
}
