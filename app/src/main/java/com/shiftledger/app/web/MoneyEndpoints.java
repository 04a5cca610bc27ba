package com.shiftledger.app.web;

import org.springframework.util.AntPathMatcher;

import java.util.List;

/**
 * The endpoints that move money (top-ups, withdrawals and their processing, shifts and their pay, SOS and refunds,
 * the acceptance of shift extensions, the fees): the writes among them are limited per caller
 * ({@link MoneyRequestLimiter}) and the OpenAPI document says so on each of them.
 */
public final class MoneyEndpoints {

    private static final AntPathMatcher PATHS = new AntPathMatcher();
    static final List<String> PATTERNS = List.of(
            "/api/v1/hospital/wallet/**", "/api/v1/professional/wallet/**", "/api/v1/admin/finance/**",
            "/api/v1/hospital/shifts", "/api/v1/hospital/shifts/**", "/api/v1/hospital/emergency-sos",
            "/api/v1/hospital/emergency-sos/**", "/api/v1/hospital/attendance/**",
            "/api/v1/professional/shifts/*/check-out", "/api/v1/admin/settings",
            "/api/v1/admin/referrals/settings", "/api/v1/common/referrals/**",
            "/api/v1/hospital/shift-extensions/*/action", "/api/v1/professional/shift-extensions/*/action");

    private MoneyEndpoints() {
    }

    /** Whether a request to this path (a concrete path or a template such as {@code /shifts/{id}}) moves money. */
    public static boolean includes(String path) {
        return PATTERNS.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }

    /** Whether a request of this method to this path is a write that moves money, and so counts against the limit. */
    public static boolean isMoneyWrite(String method, String path) {
        return !List.of("GET", "HEAD", "OPTIONS").contains(method) && includes(path);
    }
}
