package com.shiftledger.app.identity;

import com.shiftledger.api.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Issues, checks and revokes bearer tokens of the form {@code {id}|{secret}}. Only the SHA-256 hash of the
 * secret is stored, and it is compared in constant time. A token expires once unused for
 * {@code shiftledger.auth.token-ttl} (sliding: each use extends it; the use is recorded at most once a minute).
 */
@Service
public class AccessTokens {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SECRET_LENGTH = 40;
    /** How often a token in use has its last use recorded: its expiry slides by at least this much at a time. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final AccessTokenRepository tokens;
    private final Callers callers;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Duration ttl;

    AccessTokens(AccessTokenRepository tokens, Callers callers, Clock clock, AuthProperties properties) {
        this.tokens = tokens;
        this.callers = callers;
        this.clock = clock;
        this.ttl = properties.tokenTtl();
    }

    @Transactional
    String issue(UserAccount user) {
        String secret = secret();
        AccessToken token = tokens.save(new AccessToken(user.id(), hash(secret), clock.instant()));
        return token.id() + "|" + secret;
    }

    /**
     * The caller a bearer token stands for, if the token is well formed, known, neither revoked nor expired, and its
     * user active: one query, and a write at most once a {@link #TOUCH_INTERVAL} to slide the expiry.
     */
    public Optional<Caller> authenticate(String bearerToken) {
        Instant now = clock.instant();
        return Presented.of(bearerToken).flatMap(presented -> callers.holderOf(presented.id())
                .filter(holder -> holder.revokedAt() == null)
                .filter(holder -> presented.matches(holder.tokenHash()))
                .filter(holder -> !AccessToken.isExpired(holder.lastUsedAt(), now, ttl))
                .filter(Callers.TokenHolder::active)
                .map(holder -> {
                    // a use is recorded at most once a TOUCH_INTERVAL, so that a busy token is not written on every
                    // request; the update's own condition keeps concurrent requests from writing it twice
                    Instant notBefore = now.minus(TOUCH_INTERVAL);
                    if (holder.lastUsedAt().isBefore(notBefore)) {
                        callers.touch(presented.id(), now, notBefore);
                    }
                    return holder.caller();
                }));
    }

    @Transactional
    void revoke(String bearerToken) {
        find(bearerToken).ifPresent(token -> token.revoke(clock.instant()));
    }

    private Optional<AccessToken> find(String bearerToken) {
        return Presented.of(bearerToken).flatMap(presented -> tokens.findById(presented.id())
                .filter(token -> !token.isRevoked())
                .filter(token -> presented.matches(token.tokenHash())));
    }

    /** A bearer token as presented: the token's id, and the hash of the secret it came with. */
    private record Presented(long id, byte[] hash) {

        static Optional<Presented> of(String bearerToken) {
            if (bearerToken == null) {
                return Optional.empty();
            }
            int bar = bearerToken.indexOf('|');
            if (bar <= 0 || bar == bearerToken.length() - 1) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Presented(Long.parseLong(bearerToken.substring(0, bar)),
                        AccessTokens.hash(bearerToken.substring(bar + 1)).getBytes(StandardCharsets.US_ASCII)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** Compares in constant time with the stored hash. */
        boolean matches(String storedHash) {
            return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII), hash);
        }
    }

    private String secret() {
        StringBuilder secret = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    private static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
