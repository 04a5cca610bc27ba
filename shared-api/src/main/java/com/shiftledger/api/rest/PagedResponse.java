package com.shiftledger.api.rest;

import java.util.List;

/** A list answer: {@code {"success": true, "data": [...], "pagination": {...}}}. */
public record PagedResponse<T>(boolean success, String message, List<T> data, Pagination pagination) {

    public static <T> PagedResponse<T> of(List<T> data, int page, int perPage, long total) {
        return new PagedResponse<>(true, null, data, Pagination.of(page, perPage, total, data.size()));
    }
}
