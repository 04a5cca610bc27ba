package com.shiftledger.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration, login, profile and logout as the ShiftPro apps call them; tokens kept only as hashes. */
class AuthTest extends IntegrationTest {

    private static final String REGISTER = "/api/v1/auth/register";
    private static final String LOGIN = "/api/v1/auth/login";

    @Test
    void aHospitalRegistersWithAWalletAndIsSignedIn() {
        String email = "City-" + unique() + "@ShiftLedger.test";

        Api.Response response = api.post(REGISTER, null, hospitalRegistration(email));

        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        assertThat(response.body().path("success").asBoolean()).isTrue();
        assertThat(response.text("data.token")).matches("[0-9]+\\|[A-Za-z0-9]{20,}");
        assertThat(response.text("data.token_type")).isEqualTo("Bearer");
        JsonNode user = response.data().path("user");
        assertThat(user.path("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(user.path("user_type").asText()).isEqualTo("hospital");
        JsonNode profile = response.data().path("profile");
        assertThat(profile.path("hospital_name").asText()).isEqualTo("Apollo Clinic");
        assertThat(profile.path("city").asText()).isEqualTo("Mumbai");
        long walletId = profile.path("wallet_id").asLong();
        assertThat(walletId).isPositive();

        Api.Response wallet = api.get("/api/v1/hospital/wallet", response.text("data.token"));
        assertThat(wallet.status()).isEqualTo(200);
        assertThat(wallet.data().path("wallet").path("id").asLong()).isEqualTo(walletId);
        assertThat(wallet.data().path("wallet").path("owner_type").asText()).isEqualTo("hospital");
        assertThat(wallet.data().path("wallet").path("owner_id").asLong()).isEqualTo(profile.path("id").asLong());
        assertThat(wallet.data().path("wallet").path("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(wallet.data().path("wallet").path("currency").asText()).isEqualTo("INR");
    }

    @Test
    void aProfessionalRegistersWithAWallet() {
        Party professional = registerProfessional("doctor");

        Api.Response profile = api.get("/api/v1/auth/profile", professional.token());
        Api.Response wallet = api.get("/api/v1/professional/wallet", professional.token());

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.data().path("user").path("user_type").asText()).isEqualTo("professional");
        assertThat(profile.data().path("profile").path("first_name").asText()).isEqualTo("John");
        assertThat(profile.data().path("profile").path("profession_type").asText()).isEqualTo("doctor");
        assertThat(profile.data().path("profile").path("wallet_id").asLong()).isEqualTo(professional.walletId());
        assertThat(wallet.status()).isEqualTo(200);
        assertThat(wallet.data().path("wallet").path("id").asLong()).isEqualTo(professional.walletId());
        assertThat(wallet.data().path("wallet").path("owner_type").asText()).isEqualTo("professional");
    }

    @Test
    void anEmailRegistersOnce() {
        Party hospital = registerHospital();

        Api.Response again = api.post(REGISTER, null, hospitalRegistration(hospital.email().toUpperCase()));

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().path("success").asBoolean()).isFalse();
        assertThat(again.body().path("errors").path("email").get(0).asText())
                .isEqualTo("The email has already been taken.");
        assertThat(countUsers(hospital.email())).isEqualTo(1);
    }

    @Test
    void thePasswordMustBeConfirmed() {
        String email = "confirm-" + unique() + "@shiftledger.test";
        Map<String, Object> registration = hospitalRegistration(email);
        registration.put("password_confirmation", "Secret@321");

        Api.Response response = api.post(REGISTER, null, registration);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().path("errors").path("password").get(0).asText()).isNotBlank();
        assertThat(countUsers(email)).isZero();
    }

    @Test
    void nobodyRegistersAsAnAdmin() {
        String email = "admin-" + unique() + "@shiftledger.test";
        Map<String, Object> registration = hospitalRegistration(email);
        registration.put("user_type", "admin");

        Api.Response response = api.post(REGISTER, null, registration);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().path("errors").path("user_type").get(0).asText()).isNotBlank();
        assertThat(countUsers(email)).isZero();
    }

    @Test
    void theConfiguredAdminSignsIn() {
        Api.Response response = api.post(LOGIN, null, Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("message")).isEqualTo("Login successful");
        assertThat(response.data().path("user").path("user_type").asText()).isEqualTo("admin");
        assertThat(response.text("data.token_type")).isEqualTo("Bearer");
        Api.Response finance = api.get("/api/v1/admin/finance", response.text("data.token"));
        assertThat(finance.status()).isEqualTo(200);
        assertThat(api.post(LOGIN, null, Map.of("email", "admin@shiftapp.com", "password", "Admin@123")).status())
                .as("the embedded run's example admin does not exist on PostgreSQL").isEqualTo(401);
    }

    @Test
    void aUserSignsInOnlyWithTheirPassword() {
        Party hospital = registerHospital();

        Api.Response ok = api.post(LOGIN, null, Map.of("email", hospital.email(), "password", "Secret@123"));
        Api.Response wrongPassword = api.post(LOGIN, null, Map.of("email", hospital.email(), "password", "Secret@12"));
        Api.Response unknown = api.post(LOGIN, null,
                Map.of("email", "nobody-" + unique() + "@shiftledger.test", "password", "Secret@123"));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text("data.token")).isNotEqualTo(hospital.token());
        assertThat(ok.data().path("profile").path("wallet_id").asLong()).isEqualTo(hospital.walletId());
        assertThat(api.get("/api/v1/hospital/wallet", ok.text("data.token")).status()).isEqualTo(200);
        for (Api.Response refused : List.of(wrongPassword, unknown)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().path("success").asBoolean()).isFalse();
            assertThat(refused.text("message")).isEqualTo("Invalid credentials");
            assertThat(refused.data().isMissingNode()).isTrue();
        }
    }

    @Test
    void theProfileShowsTheCaller() {
        Party hospital = registerHospital();

        Api.Response profile = api.get("/api/v1/auth/profile", hospital.token());

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.data().path("user").path("email").asText()).isEqualTo(hospital.email());
        assertThat(profile.data().path("user").has("password_hash")).isFalse();
        assertThat(profile.data().path("user").has("password")).isFalse();
        assertThat(profile.data().path("profile").path("id").asLong()).isEqualTo(hospital.profileId());
        assertThat(profile.data().path("profile").path("wallet_id").asLong()).isEqualTo(hospital.walletId());
    }

    @Test
    void aLoggedOutTokenIsRefusedAndOtherTokensStillWork() {
        Party hospital = registerHospital();
        String secondSession = api.post(LOGIN, null, Map.of("email", hospital.email(), "password", "Secret@123"))
                .text("data.token");

        Api.Response logout = api.post("/api/v1/auth/logout", hospital.token(), Map.of());

        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.body().path("success").asBoolean()).isTrue();
        Api.Response refused = api.get("/api/v1/auth/profile", hospital.token());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().path("success").asBoolean()).isFalse();
        assertThat(refused.text("message")).isNotBlank();
        assertThat(api.get("/api/v1/hospital/wallet", hospital.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/profile", secondSession).status()).isEqualTo(200);
        Long revoked = jdbc.queryForObject("select count(*) from access_token where id = ? and revoked_at is not null",
                Long.class, tokenId(hospital.token()));
        assertThat(revoked).isEqualTo(1);
    }

    @Test
    void tokensAreStoredOnlyAsTheirSha256() {
        Party hospital = registerHospital();
        String secret = hospital.token().substring(hospital.token().indexOf('|') + 1);

        Map<String, Object> row = jdbc.queryForMap("select * from access_token where id = ?",
                tokenId(hospital.token()));

        assertThat(row.get("token_hash")).isEqualTo(sha256(secret));
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(secret));
        Long everywhere = jdbc.queryForObject("select count(*) from access_token where token_hash = ? or "
                + "token_hash like ?", Long.class, secret, "%" + secret + "%");
        assertThat(everywhere).isZero();
        String passwordHash = jdbc.queryForObject("select password_hash from user_account where email = ?",
                String.class, hospital.email());
        assertThat(passwordHash).doesNotContain("Secret@123").startsWith("$2");
    }

    private static Map<String, Object> hospitalRegistration(String email) {
        Map<String, Object> registration = new HashMap<>(Map.of(
                "name", "Apollo Clinic", "email", email, "password", "Secret@123",
                "password_confirmation", "Secret@123", "phone", "+919876543210", "user_type", "hospital",
                "hospital_name", "Apollo Clinic", "registration_number", "REG-2024-001", "address", "123 Medical Lane",
                "city", "Mumbai"));
        registration.put("state", "Maharashtra");
        registration.put("pincode", "400001");
        return registration;
    }

    private long countUsers(String email) {
        Long count = jdbc.queryForObject("select count(*) from user_account where lower(email) = lower(?)", Long.class,
                email);
        return count == null ? 0 : count;
    }

    private static long tokenId(String token) {
        return Long.parseLong(token.substring(0, token.indexOf('|')));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
