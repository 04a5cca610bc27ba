package com.shiftledger.query.shift;

import com.shiftledger.api.rest.Pagination;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A list answer with the seed's page links:
 * {@code {"success": true, "data": [...], "pagination": {...}, "links": {"first", "last", "prev", "next"}}}.
 */
record LinkedPagedResponse<T>(boolean success, List<T> data, Pagination pagination, Links links) {

    /** The addresses of the first, last, previous and next pages; {@code prev} and {@code next} null at the ends. */
    record Links(String first, String last, String prev, String next) {
    }

    static <T> LinkedPagedResponse<T> of(List<T> data, int page, int perPage, long total,
                                         IntFunction<String> pageLink) {
        Pagination pagination = Pagination.of(page, perPage, total, data.size());
        Links links = new Links(pageLink.apply(1), pageLink.apply(pagination.lastPage()),
                page > 1 ? pageLink.apply(Math.min(page - 1, pagination.lastPage())) : null,
                pagination.hasMorePages() ? pageLink.apply(page + 1) : null);
        return new LinkedPagedResponse<>(true, data, pagination, links);
    }
}
