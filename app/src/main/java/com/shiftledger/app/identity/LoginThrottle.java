package com.shiftledger.app.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.shiftledger.app.web.TooManyRequestsException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Limits wrong passwords, per account and per client address, with Bucket4j token buckets: each wrong password takes
 * a token; once an account's or an address's tokens are gone, every sign-in for it, even with the right password,
 * is answered 429 with {@code Retry-After} until the lockout window ends and the bucket is full again. A successful
 * sign-in forgets the account's failures. The buckets live in this instance, in a bounded cache.
 */
@Component
class LoginThrottle {

    static final String LOCKED = "Too many failed sign-in attempts. Please try again later.";
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final AuthProperties.Login limits;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    LoginThrottle(AuthProperties properties) {
        this.limits = properties.login();
        this.accounts = cache(limits.lockout());
        this.addresses = cache(limits.lockout());
    }

    private static Cache<String, Bucket> cache(Duration lockout) {
        return Caffeine.newBuilder().expireAfterAccess(lockout.multipliedBy(2)).maximumSize(200_000).build();
    }

    /** Refuses with 429 while the account or the address is locked. */
    void requireUnlocked(String email, String address) {
        Duration wait = waitFor(accounts.getIfPresent(email));
        Duration addressWait = waitFor(addresses.getIfPresent(address));
        Duration longer = wait.compareTo(addressWait) >= 0 ? wait : addressWait;
        if (!longer.isZero()) {
            throw new TooManyRequestsException(LOCKED, longer);
        }
    }

    /** Counts a wrong password against the account and the address. */
    void failed(String email, String address) {
        boolean accountLeft = accounts.get(email, key -> bucket(limits.maxFailuresPerAccount())).tryConsume(1);
        boolean addressLeft = addresses.get(address, key -> bucket(limits.maxFailuresPerAddress())).tryConsume(1);
        if (!accountLeft || !addressLeft) {
            log.warn("Sign-in locked for {} after too many wrong passwords (account {}, address {})",
                    limits.lockout(), accountLeft ? "open" : "locked", addressLeft ? "open" : "locked");
        }
    }

    /** The right password: the account's earlier failures no longer count. */
    void succeeded(String email) {
        accounts.invalidate(email);
    }

    private Bucket bucket(int failures) {
        // all tokens come back at once at the end of the window: a clear lockout, not a trickle of attempts
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(failures).refillIntervally(failures, limits.lockout()))
                .build();
    }

    private static Duration waitFor(Bucket bucket) {
        if (bucket == null) {
            return Duration.ZERO;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
