package com.shiftledger.app.web;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One caller's requests that move money are limited per minute; other callers and reads are not held up. */
class MoneyRequestLimiterTest {

    private final MoneyRequestLimiter limiter = new MoneyRequestLimiter(new LimitProperties(3));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCallerPastItsLimitIsAnswered429WithRetryAfterAndOthersAreNot() {
        signIn(1);
        for (int i = 0; i < 3; i++) {
            assertThat(allowed("POST", "/api/v1/hospital/wallet/withdraw")).isTrue();
        }
        assertThatThrownBy(() -> allowed("POST", "/api/v1/hospital/wallet/create-topup-order"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> assertThat(
                        refused.retryAfterSeconds()).isBetween(1L, 60L));
        assertThat(allowed("GET", "/api/v1/hospital/wallet")).isTrue();
        assertThat(allowed("POST", "/api/v1/common/notifications/mark-all-read")).isTrue();

        signIn(2);
        assertThat(allowed("POST", "/api/v1/hospital/wallet/withdraw")).isTrue();
    }

    private boolean allowed(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return limiter.preHandle(request, new MockHttpServletResponse(), new Object());
    }

    private static void signIn(long userId) {
        Caller caller = new Caller(userId, Role.HOSPITAL, "City Hospital", userId, null, null, null, null);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(caller, null, java.util.List.of()));
    }
}
