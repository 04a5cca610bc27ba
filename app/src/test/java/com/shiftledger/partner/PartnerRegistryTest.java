package com.shiftledger.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's partner clients over HTTP: registration (key and secret shown once, stored only as a hash and
 * encrypted), reading, listing and changing them, refusals of bad input with 422 and of unknown ids with 404, key
 * rotation, and the partner key that opens {@code /partner/v1} and nothing else.
 */
class PartnerRegistryTest extends PartnerTest {

    static final String PARTNER_UNAUTHENTICATED = "A valid X-API-KEY and X-CLIENT-ID are required.";
    static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void registersAClientAndShowsItsKeyAndSecretOnlyOnce() throws Exception {
        String admin = adminToken();
        Party hospital = registerHospital();
        Map<String, Object> body = registration(hospital, receiver.url("/hooks/one"));
        body.put("name", "IntelyCare Boston");

        Api.Response created = api.post("/api/v1/admin/partners", admin, body);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("success").asBoolean()).isTrue();
        JsonNode data = created.data();
        long clientId = data.path("client_id").asLong();
        assertThat(clientId).isPositive();
        assertThat(data.path("name").asText()).isEqualTo("IntelyCare Boston");
        assertThat(data.path("hospital_id").asLong()).isEqualTo(hospital.profileId());
        assertThat(data.path("hospital_name").asText()).isEqualTo("City Hospital");
        assertThat(data.path("webhook_url").asText()).isEqualTo(receiver.url("/hooks/one"));
        assertThat(data.path("timezone").asText()).isEqualTo("America/New_York");
        assertThat(data.path("hourly_rates").path("LPN").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(data.path("profession_types").path("CNA").asText()).isEqualTo("staff");
        assertThat(data.path("profession_types").path("LPN").asText()).as("nurse unless said otherwise")
                .isEqualTo("nurse");
        String apiKey = data.path("api_key").asText();
        String secret = data.path("webhook_secret").asText();
        assertThat(apiKey).matches(UUID_FORM);
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);

        Api.Response shown = api.get("/api/v1/admin/partners/" + clientId, admin);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.data().path("client_id").asLong()).isEqualTo(clientId);
        assertThat(shown.data().has("api_key")).isFalse();
        assertThat(shown.data().has("webhook_secret")).isFalse();
        assertThat(shown.body().toString()).doesNotContain(apiKey).doesNotContain(secret);
        assertThat(api.getText("/api/v1/admin/partners/" + clientId, Map.of("Authorization", "Bearer " + admin)))
                .as("rupees with two decimals").contains("\"LPN\":600.00");

        String storedHash = jdbc.queryForObject("select api_key_hash from partner_client where client_id = ?",
                String.class, clientId);
        assertThat(storedHash).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(apiKey.getBytes(StandardCharsets.UTF_8))));
        List<String> ciphertexts = jdbc.queryForList("select ciphertext from partner_webhook_secret "
                + "where client_id = ?", String.class, clientId);
        assertThat(ciphertexts).hasSize(1);
        assertThat(ciphertexts.get(0)).doesNotContain(secret).doesNotContain(secret.substring(6));
        assertThat(jdbc.queryForObject("select count(*) from partner_client where client_id = ? and "
                + "(api_key_hash = ? or webhook_url = ?)", Long.class, clientId, apiKey, secret)).isZero();

        JsonNode list = api.get("/api/v1/admin/partners?per_page=100&page=1", admin).body();
        assertThat(list.path("pagination").path("total").asLong()).isPositive();
        assertThat(list.toString()).doesNotContain(apiKey).doesNotContain(secret);
    }

    @Test
    void refusesBadRegistrationsWith422AndCreatesNothing() {
        String admin = adminToken();
        Party hospital = registerHospital();
        Long before = jdbc.queryForObject("select count(*) from partner_client", Long.class);

        refused(admin, body -> body.remove("name"), "name");
        refused(admin, body -> body.put("name", "   "), "name");
        refused(admin, body -> body.put("name", "x".repeat(256)), "name");
        refused(admin, body -> body.remove("hospital_id"), "hospital_id");
        refused(admin, body -> body.put("hospital_id", 999_999_999L), "hospital_id");
        refused(admin, body -> body.put("hospital_id", -1), "hospital_id");
        refused(admin, body -> body.put("hospital_id", "abc"), "hospital_id");
        refused(admin, body -> body.remove("webhook_url"), "webhook_url");
        refused(admin, body -> body.put("webhook_url", "ftp://partner.example/hooks"), "webhook_url");
        refused(admin, body -> body.put("webhook_url", "not a url"), "webhook_url");
        refused(admin, body -> body.put("webhook_url", "https://user:pw@partner.example/hooks"), "webhook_url");
        refused(admin, body -> body.put("webhook_url", "https://" + "a".repeat(2000) + ".example/"), "webhook_url");
        refused(admin, body -> body.remove("timezone"), "timezone");
        refused(admin, body -> body.put("timezone", "Mars/Olympus"), "timezone");
        refused(admin, body -> body.put("timezone", "EST5EDT and more"), "timezone");
        refused(admin, body -> body.remove("hourly_rates"), "hourly_rates");
        refused(admin, body -> body.put("hourly_rates", Map.of()), "hourly_rates");
        refused(admin, body -> body.put("hourly_rates", Map.of("LPN", new BigDecimal("0.99"))), "hourly_rates.LPN");
        refused(admin, body -> body.put("hourly_rates", Map.of("LPN", new BigDecimal("600.001"))),
                "hourly_rates.LPN");
        refused(admin, body -> body.put("hourly_rates", Map.of("LPN", new BigDecimal("-5"))), "hourly_rates.LPN");
        refused(admin, body -> body.put("hourly_rates", Map.of("LPN", new BigDecimal("99999999"))),
                "hourly_rates.LPN");
        refused(admin, body -> body.put("hourly_rates", Map.of("LPN", "lots")), "hourly_rates.LPN");
        refused(admin, body -> body.put("hourly_rates", Map.of("L/PN", new BigDecimal("600"))), "hourly_rates");
        refused(admin, body -> body.put("hourly_rates", Map.of("A".repeat(21), new BigDecimal("600"))),
                "hourly_rates");
        refused(admin, body -> body.put("hourly_rates", Map.of("rn", new BigDecimal("600"), "RN",
                new BigDecimal("700"))), "hourly_rates");
        refused(admin, body -> body.put("profession_types", Map.of("LPN", "wizard")), "profession_types.LPN");
        refused(admin, body -> body.put("profession_types", Map.of("XRAY", "technician")),
                "profession_types.XRAY");
        Map<String, Object> good = registration(hospital, receiver.url("/hooks/refused"));
        assertThat(api.raw("POST", "/api/v1/admin/partners", admin, "{not json", "application/json").status())
                .isEqualTo(400);

        assertThat(jdbc.queryForObject("select count(*) from partner_client", Long.class)).isEqualTo(before);
        assertThat(api.post("/api/v1/admin/partners", admin, good).status()).isEqualTo(201);
    }

    @Test
    void acceptsTheUsTimeZoneAbbreviationsAndIanaNames() {
        String admin = adminToken();
        Party hospital = registerHospital();
        Map<String, String> zones = Map.of("ET", "America/New_York", "CT", "America/Chicago", "MT", "America/Denver",
                "pt", "America/Los_Angeles", "Asia/Kolkata", "Asia/Kolkata");
        zones.forEach((given, stored) -> {
            Map<String, Object> body = registration(hospital, receiver.url("/hooks/zones"));
            body.put("timezone", given);
            Api.Response created = api.post("/api/v1/admin/partners", admin, body);
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            assertThat(created.data().path("timezone").asText()).isEqualTo(stored);
        });
    }

    @Test
    void changesAnyOfAClientsFieldsAndKeepsTheRest() {
        String admin = adminToken();
        Client client = registerClient(admin);
        String path = "/api/v1/admin/partners/" + client.id();

        Api.Response renamed = api.put(path, admin, Map.of("name", "IntelyCare Renamed", "timezone", "CT"));
        assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);
        assertThat(renamed.data().path("name").asText()).isEqualTo("IntelyCare Renamed");
        assertThat(renamed.data().path("timezone").asText()).isEqualTo("America/Chicago");
        assertThat(renamed.data().path("webhook_url").asText()).isEqualTo(receiver.url(client.path()));
        assertThat(renamed.data().path("hourly_rates").size()).isEqualTo(3);

        Api.Response repriced = api.put(path, admin, Map.of("hourly_rates", Map.of("CNA", 475, "RN", 850.5,
                "EMT", 500)));
        assertThat(repriced.status()).as(repriced.body().toString()).isEqualTo(200);
        JsonNode data = repriced.data();
        assertThat(data.path("hourly_rates").path("CNA").decimalValue()).isEqualByComparingTo("475.00");
        assertThat(data.path("hourly_rates").path("RN").decimalValue()).isEqualByComparingTo("850.50");
        assertThat(data.path("hourly_rates").has("LPN")).as("the card is replaced").isFalse();
        assertThat(data.path("profession_types").path("CNA").asText()).as("a type that stays keeps its profession")
                .isEqualTo("staff");
        assertThat(data.path("profession_types").path("EMT").asText()).isEqualTo("nurse");

        Api.Response professions = api.put(path, admin, Map.of("profession_types", Map.of("EMT", "Paramedic")));
        assertThat(professions.status()).as(professions.body().toString()).isEqualTo(200);
        assertThat(professions.data().path("profession_types").path("EMT").asText()).isEqualTo("paramedic");
        assertThat(professions.data().path("hourly_rates").path("EMT").decimalValue()).isEqualByComparingTo("500");

        Api.Response moved = api.put(path, admin, Map.of("webhook_url", receiver.url("/hooks/moved")));
        assertThat(moved.data().path("webhook_url").asText()).isEqualTo(receiver.url("/hooks/moved"));

        assertThat(api.put(path, admin, Map.of()).status()).isEqualTo(422);
        assertThat(api.put(path, admin, Map.of("webhook_url", "gopher://x")).status()).isEqualTo(422);
        assertThat(api.put(path, admin, Map.of("profession_types", Map.of("LPN", "nurse"))).status())
                .as("LPN is no longer on the card").isEqualTo(422);
        assertThat(api.put(path, admin, Map.of("hourly_rates", Map.of("CNA", 0))).status()).isEqualTo(422);
        assertThat(api.put(path, admin, Map.of("timezone", "")).status()).isEqualTo(422);
        JsonNode unchanged = api.get(path, admin).data();
        assertThat(unchanged.path("webhook_url").asText()).isEqualTo(receiver.url("/hooks/moved"));
        assertThat(unchanged.path("hourly_rates").path("CNA").decimalValue()).isEqualByComparingTo("475");
    }

    @Test
    void unknownClientsAndDeliveriesAnswer404AndHugePagesAnEmptyPage() {
        String admin = adminToken();
        Client client = registerClient(admin);
        for (String id : List.of("0", "-1", "999999999999", "99999999999999999999999", "abc")) {
            String path = "/api/v1/admin/partners/" + id;
            assertThat(api.get(path, admin).status()).as(path).isEqualTo(404);
            assertThat(api.put(path, admin, Map.of("name", "x")).status()).as(path).isEqualTo(404);
            assertThat(api.post(path + "/rotate-key", admin, Map.of()).status()).as(path).isEqualTo(404);
            assertThat(api.post(path + "/rotate-webhook-secret", admin, Map.of()).status()).as(path).isEqualTo(404);
            assertThat(api.get(path + "/deliveries", admin).status()).as(path).isEqualTo(404);
            assertThat(api.post("/api/v1/admin/partners/" + client.id() + "/deliveries/" + id + "/redeliver", admin,
                    Map.of()).status()).as(path).isEqualTo(404);
        }
        Api.Response notFound = api.get("/api/v1/admin/partners/0", admin);
        assertThat(notFound.body().path("success").asBoolean()).isFalse();
        assertThat(notFound.body().path("message").asText()).isEqualTo("Partner client not found.");

        for (String page : List.of("2147483647", "1000000000")) {
            Api.Response huge = api.get("/api/v1/admin/partners?page=" + page + "&per_page=100", admin);
            assertThat(huge.status()).as(huge.body().toString()).isEqualTo(200);
            assertThat(huge.body().path("data")).isEmpty();
            Api.Response deliveries = api.get("/api/v1/admin/partners/" + client.id() + "/deliveries?page=" + page,
                    admin);
            assertThat(deliveries.status()).as(deliveries.body().toString()).isEqualTo(200);
            assertThat(deliveries.body().path("data")).isEmpty();
        }
        assertThat(api.get("/api/v1/admin/partners?page=99999999999", admin).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/partners?page=abc", admin).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/partners/" + client.id() + "/deliveries?status=lost", admin).status())
                .isEqualTo(422);
    }

    @Test
    void onlyAdminsManagePartnerClients() {
        Party hospital = registerHospital();
        Map<String, Object> body = registration(hospital, receiver.url("/hooks/x"));
        assertThat(api.post("/api/v1/admin/partners", hospital.token(), body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/partners", null, body).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/partners", hospital.token()).status()).isEqualTo(403);
    }

    @Test
    void rotatingTheKeyStopsTheOldOneAtOnceAndTheNewOneWorks() {
        String admin = adminToken();
        Client client = registerClient(admin);
        assertThat(api.get("/partner/v1/events", null, client.key()).status()).isEqualTo(200);

        Api.Response rotated = api.post("/api/v1/admin/partners/" + client.id() + "/rotate-key", admin, Map.of());

        assertThat(rotated.status()).as(rotated.body().toString()).isEqualTo(200);
        String newKey = rotated.data().path("api_key").asText();
        assertThat(newKey).matches(UUID_FORM).isNotEqualTo(client.apiKey());
        Api.Response old = api.get("/partner/v1/events", null, client.key());
        assertThat(old.status()).isEqualTo(401);
        assertThat(old.body().path("message").asText()).isEqualTo(PARTNER_UNAUTHENTICATED);
        assertThat(api.get("/partner/v1/events", null, Api.partnerKey(client.id(), newKey)).status()).isEqualTo(200);
    }

    @Test
    void thePartnerApiNeedsTheClientsOwnKeyAndTheKeyOpensNothingElse() {
        String admin = adminToken();
        Client client = registerClient(admin);
        Client other = registerClient(admin);
        String events = "/partner/v1/events";

        for (Map<String, String> headers : List.of(Map.<String, String>of(),
                Map.of("X-CLIENT-ID", String.valueOf(client.id())),
                Map.of("X-API-KEY", client.apiKey()),
                Api.partnerKey(client.id(), "d1015a83-9f5f-4a4d-b5fd-4e756ed1d282"),
                Api.partnerKey(client.id(), other.apiKey()),
                Api.partnerKey(other.id(), client.apiKey()),
                Map.of("X-CLIENT-ID", "abc", "X-API-KEY", client.apiKey()),
                Map.of("X-CLIENT-ID", "-" + client.id(), "X-API-KEY", client.apiKey()),
                Api.partnerKey(999_999_999_999L, client.apiKey()))) {
            Api.Response refused = api.get(events, null, headers);
            assertThat(refused.status()).as(headers.toString()).isEqualTo(401);
            assertThat(refused.body().path("success").asBoolean()).isFalse();
            assertThat(refused.body().path("message").asText()).isEqualTo(PARTNER_UNAUTHENTICATED);
        }
        assertThat(api.get(events, admin).status()).as("a user's bearer token").isEqualTo(401);
        assertThat(api.get(events, client.hospital().token()).status()).isEqualTo(401);
        assertThat(api.get(events, admin, client.key()).status()).as("the partner key counts, the token not")
                .isEqualTo(200);

        assertThat(api.get("/api/v1/admin/partners", null, client.key()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/hospital/wallet", null, client.key()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/profile", null, client.key()).status()).isEqualTo(401);
    }

    @Test
    void rotatingTheWebhookSecretAnswersTheNewOneAndUntilWhenTheOldOneSigns() {
        String admin = adminToken();
        Client client = registerClient(admin);

        Api.Response rotated = api.post("/api/v1/admin/partners/" + client.id() + "/rotate-webhook-secret", admin,
                Map.of());

        assertThat(rotated.status()).as(rotated.body().toString()).isEqualTo(200);
        String secret = rotated.data().path("webhook_secret").asText();
        assertThat(secret).startsWith("whsec_").isNotEqualTo(client.webhookSecret());
        Instant until = Instant.parse(rotated.data().path("previous_secret_signs_until").asText());
        assertThat(until).isBetween(Instant.now().plusSeconds(23 * 3600), Instant.now().plusSeconds(25 * 3600));
        assertThat(jdbc.queryForObject("select count(*) from partner_webhook_secret where client_id = ?",
                Long.class, client.id())).isEqualTo(2);
    }

    private void refused(String admin, Consumer<Map<String, Object>> change, String field) {
        Party hospital = registerHospitalOnce();
        Map<String, Object> body = new HashMap<>(registration(hospital, receiver.url("/hooks/refused")));
        change.accept(body);
        Api.Response response = api.post("/api/v1/admin/partners", admin, body);
        assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(422);
        assertThat(response.body().path("success").asBoolean()).isFalse();
        assertThat(response.body().path("errors").has(field)).as(field + ": " + response.body()).isTrue();
    }

    private Party sharedHospital;

    private Party registerHospitalOnce() {
        if (sharedHospital == null) {
            sharedHospital = registerHospital();
        }
        return sharedHospital;
    }
}
