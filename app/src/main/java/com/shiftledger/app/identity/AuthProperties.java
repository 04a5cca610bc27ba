package com.shiftledger.app.identity;

import com.shiftledger.command.web.SettingRanges;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sign-in settings, {@code shiftledger.auth.*}: how long a bearer token lives without being used
 * ({@code token-ttl}, sliding: each use extends it), and how many wrong passwords an account
 * ({@code login.max-failures-per-account}) and a client address ({@code login.max-failures-per-address}) may send
 * before sign-in is locked for the rest of the {@code login.lockout} window. A value outside its range stops the
 * start with a message naming the setting, its value and the range.
 */
@ConfigurationProperties("shiftledger.auth")
public record AuthProperties(@DefaultValue("P30D") Duration tokenTtl, @DefaultValue Login login) {

    static final Duration SHORTEST_TTL = Duration.ofMinutes(5);
    static final Duration LONGEST_TTL = Duration.ofDays(365);

    public AuthProperties {
        SettingRanges.requireBetween("shiftledger.auth.token-ttl", tokenTtl, SHORTEST_TTL, LONGEST_TTL);
    }

    /** Limits on wrong passwords. */
    public record Login(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("50") int maxFailuresPerAddress,
                        @DefaultValue("PT15M") Duration lockout) {

        public Login {
            SettingRanges.requireBetween("shiftledger.auth.login.max-failures-per-account", maxFailuresPerAccount, 1,
                    1000);
            SettingRanges.requireBetween("shiftledger.auth.login.max-failures-per-address", maxFailuresPerAddress, 1,
                    100_000);
            SettingRanges.requireBetween("shiftledger.auth.login.lockout", lockout, Duration.ofSeconds(1),
                    Duration.ofDays(1));
        }
    }
}
