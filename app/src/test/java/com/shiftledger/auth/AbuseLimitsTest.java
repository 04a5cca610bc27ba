package com.shiftledger.auth;

import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in is limited: wrong passwords lock the account (429 with Retry-After, the right password too) for the
 * lockout window; bearer tokens expire once unused for the token TTL, each use extends them (recorded at most once a
 * minute), logout ends them, and a user no longer active is refused.
 */
class AbuseLimitsTest extends IntegrationTest {

    @Test
    void wrongPasswordsLockTheAccountEvenForTheRightOne() {
        Party hospital = registerHospital();
        for (int i = 0; i < 5; i++) {
            Api.Response wrong = login(hospital.email(), "Wrong@123" + i);
            assertThat(wrong.status()).as(wrong.body().toString()).isEqualTo(401);
        }
        Api.Response locked = login(hospital.email(), "Secret@123");

        assertThat(locked.status()).as(locked.body().toString()).isEqualTo(429);
        assertThat(locked.body().path("success").asBoolean(true)).isFalse();
        assertThat(locked.text("message")).isNotBlank();
        assertThat(Long.parseLong(locked.headers().get("retry-after"))).isBetween(1L, 15 * 60L);
        Api.Response otherAccount = login(registerProfessional("nurse").email(), "Secret@123");
        assertThat(otherAccount.status()).isEqualTo(200);
    }

    @Test
    void tokensExpireWhenUnusedSlideWhenUsedAndEndAtLogout() {
        Party hospital = registerHospital();
        long tokenId = Long.parseLong(hospital.token().substring(0, hospital.token().indexOf('|')));

        setLastUse(tokenId, Instant.now().minus(Duration.ofDays(29)));
        assertThat(api.get("/api/v1/auth/profile", hospital.token()).status()).isEqualTo(200);
        Instant slid = jdbc.queryForObject("select last_used_at from access_token where id = ?", Timestamp.class,
                tokenId).toInstant();
        assertThat(slid).isAfter(Instant.now().minus(Duration.ofMinutes(5)));

        setLastUse(tokenId, Instant.now().minus(Duration.ofDays(30).plusMinutes(1)));
        assertThat(api.get("/api/v1/auth/profile", hospital.token()).status()).isEqualTo(401);

        Api.Response fresh = login(hospital.email(), "Secret@123");
        String token = fresh.text("data.token");
        assertThat(api.get("/api/v1/auth/profile", token).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/logout", token, Map.of()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/profile", token).status()).isEqualTo(401);
    }

    @Test
    void aUseIsRecordedAtMostOnceAMinute() {
        Party hospital = registerHospital();
        long tokenId = Long.parseLong(hospital.token().substring(0, hospital.token().indexOf('|')));

        Instant recent = Instant.now().minus(Duration.ofSeconds(30)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        setLastUse(tokenId, recent);
        assertThat(api.get("/api/v1/auth/profile", hospital.token()).status()).isEqualTo(200);
        assertThat(lastUse(tokenId)).isEqualTo(recent);

        Instant older = Instant.now().minus(Duration.ofMinutes(2));
        setLastUse(tokenId, older);
        assertThat(api.get("/api/v1/auth/profile", hospital.token()).status()).isEqualTo(200);
        assertThat(lastUse(tokenId)).isAfter(older.plus(Duration.ofMinutes(1)));
    }

    @Test
    void theTokensOfAUserNoLongerActiveAreRefused() {
        Party nurse = registerProfessional("nurse");
        assertThat(api.get("/api/v1/auth/profile", nurse.token()).status()).isEqualTo(200);

        jdbc.update("update user_account set status = 'suspended' where email = ?", nurse.email());
        Api.Response refused = api.get("/api/v1/professional/wallet", nurse.token());
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(401);
        assertThat(refused.body().path("success").asBoolean(true)).isFalse();

        jdbc.update("update user_account set status = 'active' where email = ?", nurse.email());
        assertThat(api.get("/api/v1/professional/wallet", nurse.token()).status()).isEqualTo(200);
    }

    private Instant lastUse(long tokenId) {
        return jdbc.queryForObject("select last_used_at from access_token where id = ?", Timestamp.class, tokenId)
                .toInstant();
    }

    private void setLastUse(long tokenId, Instant at) {
        jdbc.update("update access_token set last_used_at = ? where id = ?", Timestamp.from(at), tokenId);
    }

    private Api.Response login(String email, String password) {
        return api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }
}
