package com.shiftledger.api.rest;

import java.util.List;

/**
 * The paginator object the seed nests under {@code data} for some lists
 * ({@code {"current_page": 1, "data": [...], "total": ..., ...}}).
 */
public record PaginatorPage<T>(int currentPage, List<T> data, Integer from, int lastPage, int perPage, Integer to,
                               long total) {

    public static <T> PaginatorPage<T> of(List<T> data, int page, int perPage, long total) {
        Pagination pagination = Pagination.of(page, perPage, total, data.size());
        return new PaginatorPage<>(page, data, pagination.from(), pagination.lastPage(), perPage, pagination.to(),
                total);
    }
}
