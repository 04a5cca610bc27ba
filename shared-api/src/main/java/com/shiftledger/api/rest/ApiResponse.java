package com.shiftledger.api.rest;

/** The ShiftPro success envelope {@code {"success": true, "message": ..., "data": ...}}; a null message is left out. */
public record ApiResponse<T>(boolean success, String message, T data) {

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(true, null, data);
    }

    public static <T> ApiResponse<T> ok(String message, T data) {
        return new ApiResponse<>(true, message, data);
    }
}
