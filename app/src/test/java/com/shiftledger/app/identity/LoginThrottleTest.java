package com.shiftledger.app.identity;

import com.shiftledger.app.web.TooManyRequestsException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong passwords lock an account, and separately a client address, for the lockout window. */
class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(new AuthProperties(Duration.ofDays(30),
            new AuthProperties.Login(3, 5, Duration.ofSeconds(2))));

    @Test
    void anAccountIsLockedAfterItsFailuresThenOpensWhenTheWindowEnds() throws Exception {
        for (int i = 0; i < 3; i++) {
            throttle.requireUnlocked("a@x.test", "10.0.0.1");
            throttle.failed("a@x.test", "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.requireUnlocked("a@x.test", "10.0.0.9"))
                .isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> throttle.requireUnlocked("b@x.test", "10.0.0.1")).doesNotThrowAnyException();
        Thread.sleep(2100);
        assertThatCode(() -> throttle.requireUnlocked("a@x.test", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void anAddressIsLockedAfterFailuresAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@x.test", "10.0.0.2");
        }
        assertThatThrownBy(() -> throttle.requireUnlocked("someone@x.test", "10.0.0.2"))
                .isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> throttle.requireUnlocked("someone@x.test", "10.0.0.3")).doesNotThrowAnyException();
    }

    @Test
    void theRightPasswordForgetsTheAccountsFailures() {
        throttle.failed("c@x.test", "10.0.0.4");
        throttle.failed("c@x.test", "10.0.0.4");
        throttle.succeeded("c@x.test");
        throttle.failed("c@x.test", "10.0.0.4");
        throttle.failed("c@x.test", "10.0.0.4");
        assertThatCode(() -> throttle.requireUnlocked("c@x.test", "10.0.0.4")).doesNotThrowAnyException();
    }
}
