package com.shiftledger.app.idempotency;

import com.shiftledger.command.web.SettingRanges;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code shiftledger.idempotency.lease}: how long a keyed request that got no answer (its instance died) holds its
 * key before a repeat may run it again (default 60 s, from 5 s to 10 min); a repeat before that is answered 409.
 * Longer than any request takes, so that a slow request is never run twice at once.
 */
@ConfigurationProperties("shiftledger.idempotency")
public record IdempotencyProperties(@DefaultValue("PT60S") Duration lease) {

    public IdempotencyProperties {
        SettingRanges.requireBetween("shiftledger.idempotency.lease", lease, Duration.ofSeconds(5),
                Duration.ofMinutes(10));
    }
}
