package com.shiftledger.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A staffing partner's whole shift on PostgreSQL, as the partner and the ShiftPro apps see it: created with an API
 * key in the facility's local time and paid from the linked hospital's wallet, filled by the first professional who
 * applies, worked, sent as a timecard, corrected, final after the review period and paid; each webhook arrives at a
 * real HTTP receiver signed both ways; every balance is as the posting rules say.
 */
class PartnerShiftLifeTest extends IntegrationTest {

    static final ZoneId EASTERN = ZoneId.of("America/New_York");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** A partner client as the admin created it: its id, API key and webhook secret (each shown once). */
    record Partner(long clientId, String apiKey, String webhookSecret) {

        Map<String, String> headers() {
            return Map.of("X-API-KEY", apiKey, "X-CLIENT-ID", String.valueOf(clientId));
        }
    }

    @Test
    void aPartnersShiftIsFilledWorkedSentAsATimecardAndPaidWithEveryWebhookSignedTwice() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "2000");
        Partner partner = createPartner(hospital);
        Party nurse = registerProfessional("nurse");
        String admin = adminToken();

        // started 50 minutes ago, ends in 10: one hour at ₹600 raised 10 % = ₹660, + 10 % service charge = ₹726
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(50));
        Map<String, Object> request = shiftRequest("EXT-" + unique(), local(start), local(start.plusSeconds(3600)));
        Response created = partnerCall("POST", "/partner/v1/shifts", partner, request);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        JsonNode data = created.body().path("data");
        long shiftId = data.path("internalShiftId").asLong();
        assertThat(data.path("clientId").asLong()).isEqualTo(partner.clientId());
        assertThat(data.path("externalShiftId").asText()).isEqualTo(request.get("externalShiftId"));
        assertThat(data.path("shiftStartTime").asText()).isEqualTo(request.get("shiftStartTime"));
        assertThat(data.path("shiftDate").asText()).isEqualTo(start.atZone(EASTERN).toLocalDate().toString());
        assertThat(data.path("shiftBoostPercentage").asInt()).isEqualTo(10);
        assertThat(data.path("timezone").asText()).isEqualTo("ET");
        awaitWallet(hospital, hospital.walletPath(), "1274.00");

        // the same request again answers the first answer; another body under the same id is refused
        Response again = partnerCall("POST", "/partner/v1/shifts", partner, request);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(created.body());
        Map<String, Object> other = new HashMap<>(request);
        other.put("shiftUnit", "2nd Floor");
        assertThat(partnerCall("POST", "/partner/v1/shifts", partner, other).status()).isEqualTo(409);
        awaitWallet(hospital, hospital.walletPath(), "1274.00");

        // the shift is open to ShiftPro nurses like any other; the first who applies is accepted at once
        Api.Response applied = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", nurse.token(),
                Map.of("cover_note", "On my way."));
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        assertThat(applied.data().path("status").asText()).isEqualTo("accepted");
        JsonNode accepted = awaitWebhook(partner, 1).get(0);
        assertThat(accepted.path("clientId").asLong()).isEqualTo(partner.clientId());
        assertThat(accepted.path("externalShiftId").asText()).isEqualTo(request.get("externalShiftId"));
        assertThat(accepted.path("shiftStatus").asText()).isEqualTo("Accepted");
        assertThat(accepted.path("healthcareProfessional").path("firstName").asText()).isEqualTo("John");
        assertThat(accepted.path("healthcareProfessional").path("lastName").asText()).isEqualTo("Doe");
        assertThat(accepted.path("healthcareProfessional").path("healthcareProfessionalType").asText())
                .isEqualTo("LPN");
        assertThat(accepted.path("statusTimestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");

        // worked 45 minutes; first sent with a 15 minute break, then corrected to none
        String checkIn = start.toString();
        String checkOut = start.plus(Duration.ofMinutes(45)).toString();
        String externalShiftId = (String) request.get("externalShiftId");
        Response timecard = partnerCall("POST", "/partner/v1/timecards", partner, Map.of(
                "externalShiftId", externalShiftId, "checkIn", checkIn, "checkOut", checkOut, "breakDuration", 15));
        assertThat(timecard.status()).as(timecard.body().toString()).isEqualTo(201);
        assertThat(timecard.body().path("errors").isNull()).isTrue();
        assertThat(timecard.body().path("breakDuration").asInt()).isEqualTo(15);
        assertThat(timecard.body().path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        Response corrected = partnerCall("PUT", "/partner/v1/timecards", partner, Map.of(
                "externalShiftId", externalShiftId, "checkIn", checkIn, "checkOut", checkOut, "breakDuration", 0));
        assertThat(corrected.status()).as(corrected.body().toString()).isEqualTo(200);
        assertThat(corrected.body().path("updatedAt").asText()).isNotBlank();

        // final after the review period: 45 minutes at ₹660 = ₹495 to the nurse, ₹49.50 service charge, and the
        // ₹181.50 of the escrow nobody worked goes back to the hospital after the hold period, without a fee
        List<JsonNode> webhooks = awaitWebhook(partner, 2);
        assertThat(webhooks.get(1).path("shiftStatus").asText()).isEqualTo("Completed");
        assertThat(webhooks.get(1).path("healthcareProfessional").path("firstName").asText()).isEqualTo("John");
        awaitWallet(nurse, nurse.walletPath(), "495.00");
        awaitWallet(hospital, hospital.walletPath(), "1455.50");
        Response late = partnerCall("PUT", "/partner/v1/timecards", partner, Map.of(
                "externalShiftId", externalShiftId, "checkIn", checkIn, "checkOut", checkOut, "breakDuration", 5));
        assertThat(late.status()).as(late.body().toString()).isEqualTo(409);

        awaitCleanAudit(admin);

        // the events feed carries exactly what the webhooks carried
        Response feed = partnerCall("GET", "/partner/v1/events", partner, null);
        assertThat(feed.status()).isEqualTo(200);
        List<String> fed = new java.util.ArrayList<>();
        feed.body().path("data").forEach(event -> fed.add(event.path("payload").toString()));
        assertThat(fed).containsExactlyElementsOf(receiver.receivedOn("/hooks").stream()
                .map(hook -> tree(hook.body()).toString()).toList());
    }

    @Test
    void aDeletedShiftIsRefundedLessTheFeeAndAReleasedProfessionalMakesRoomForTheNext() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        Partner partner = createPartner(hospital);
        Party first = registerProfessional("nurse");
        Party second = registerProfessional("nurse");

        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(2));
        Response kept = partnerCall("POST", "/partner/v1/shifts", partner,
                shiftRequest("KEEP-" + unique(), start.toString(), start.plusSeconds(3600).toString()));
        assertThat(kept.status()).as(kept.body().toString()).isEqualTo(201);
        long keptId = kept.body().path("data").path("internalShiftId").asLong();
        assertThat(apply(first, keptId)).isEqualTo("accepted");
        Api.Response withdrawn = api.post("/api/v1/professional/applications/" + applicationOf(first, keptId)
                + "/withdraw", first.token(), Map.of());
        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);
        assertThat(apply(second, keptId)).isEqualTo("accepted");

        Response doomed = partnerCall("POST", "/partner/v1/shifts", partner,
                shiftRequest("DROP-" + unique(), start.toString(), start.plusSeconds(3600).toString()));
        long doomedId = doomed.body().path("data").path("internalShiftId").asLong();
        awaitWallet(hospital, hospital.walletPath(), "3548.00");
        Response deleted = partnerCall("DELETE", "/partner/v1/shifts/" + doomedId, partner, null);
        assertThat(deleted.status()).as(deleted.body().toString()).isEqualTo(200);
        assertThat(deleted.body().path("data").path("internalShiftId").asLong()).isEqualTo(doomedId);
        assertThat(deleted.body().path("data").path("removed").asInt()).isEqualTo(1);
        assertThat(partnerCall("DELETE", "/partner/v1/shifts/" + doomedId, partner, null).body()
                .path("data").path("removed").asInt()).isZero();
        // ₹726 back less the 10 % refund fee, after the hold period
        awaitWallet(hospital, hospital.walletPath(), "4201.40");

        List<String> statuses = awaitWebhook(partner, 4).stream().map(hook -> hook.path("shiftStatus").asText())
                .toList();
        assertThat(statuses).containsExactly("Accepted", "Released", "Accepted", "Deleted");
    }

    @Test
    void aPartnerSeesOnlyItsOwnShiftsAndAWrongKeyOpensNothing() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "2000");
        Partner mine = createPartner(hospital);
        Partner theirs = createPartner(hospital);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(1));
        Response created = partnerCall("POST", "/partner/v1/shifts", mine,
                shiftRequest("MINE-" + unique(), start.toString(), start.plusSeconds(3600).toString()));
        long shiftId = created.body().path("data").path("internalShiftId").asLong();

        Map<String, Object> change = shiftRequest(null, start.toString(), start.plusSeconds(7200).toString());
        assertThat(partnerCall("PUT", "/partner/v1/shifts/" + shiftId, theirs, change).status()).isEqualTo(404);
        assertThat(partnerCall("DELETE", "/partner/v1/shifts/" + shiftId, theirs, null).status()).isEqualTo(404);
        Partner wrongKey = new Partner(mine.clientId(), theirs.apiKey(), mine.webhookSecret());
        assertThat(partnerCall("DELETE", "/partner/v1/shifts/" + shiftId, wrongKey, null).status()).isEqualTo(401);
        Partner noKey = new Partner(mine.clientId(), "", mine.webhookSecret());
        assertThat(partnerCall("GET", "/partner/v1/events", noKey, null).status()).isEqualTo(401);
        // a hospital's own shift is no partner's
        assertThat(partnerCall("DELETE", "/partner/v1/shifts/1", mine, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/hospital/shifts/" + shiftId, hospital.token()).status()).isEqualTo(200);
        awaitWallet(hospital, hospital.walletPath(), "1274.00");
    }

    @Test
    void aPartnersBadInputIsRefusedWithItsFieldsNamedAndNothingIsCreated() throws Exception {
        Party hospital = registerHospital();
        topUp(hospital, "1000");
        Partner partner = createPartner(hospital);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(1));
        String from = start.toString();
        String to = start.plusSeconds(3600).toString();

        Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
        bad.put("externalShiftId", without(shiftRequest("X", from, to), "externalShiftId"));
        bad.put("shiftStartTime", with(shiftRequest("X", from, to), "shiftStartTime", "tomorrow at 9"));
        bad.put("shiftEndTime", with(shiftRequest("X", from, to), "shiftEndTime", from));
        bad.put("healthcareProfessionalType", with(shiftRequest("X", from, to), "healthcareProfessionalType", "MD"));
        bad.put("shiftBoostPercentage", with(shiftRequest("X", from, to), "shiftBoostPercentage", 250));
        bad.put("timezone", with(shiftRequest("X", from, to), "timezone", "Mars/Olympus"));
        bad.put("shiftUnit", with(shiftRequest("X", from, to), "shiftUnit", "a\u0000b"));
        for (var entry : bad.entrySet()) {
            Response refused = partnerCall("POST", "/partner/v1/shifts", partner, entry.getValue());
            assertThat(refused.status()).as(entry.getKey() + " " + refused.body()).isEqualTo(422);
            assertThat(refused.body().path("errors").has(entry.getKey())).as(refused.body().toString()).isTrue();
        }
        assertThat(partnerCall("POST", "/partner/v1/shifts", partner, "{\"externalShiftId\":").status())
                .isBetween(400, 422);
        // the document shows the id as a string and as an integer: both are taken, as the same text
        long numericId = 7_000_000_000L + System.nanoTime() % 1_000_000_000L;
        Response numeric = partnerCall("POST", "/partner/v1/shifts", partner,
                with(shiftRequest("X", from, to), "externalShiftId", numericId));
        assertThat(numeric.status()).as(numeric.body().toString()).isEqualTo(201);
        assertThat(numeric.body().path("data").path("externalShiftId").asText()).isEqualTo(String.valueOf(numericId));
        // more than the wallet holds: 402 with the amounts, and the id is free for when it is topped up
        Map<String, Object> dear = with(shiftRequest("DEAR-" + unique(), from,
                start.plus(Duration.ofHours(2)).toString()), "healthcareProfessionalType", "RN");
        Response short_ = partnerCall("POST", "/partner/v1/shifts", partner, dear);
        assertThat(short_.status()).as(short_.body().toString()).isEqualTo(402);
        assertThat(short_.body().path("required_amount").decimalValue()).isEqualByComparingTo("1936.00");
        topUp(hospital, "2000");
        assertThat(partnerCall("POST", "/partner/v1/shifts", partner, dear).status()).isEqualTo(201);

        String workedFrom = Instant.now().minusSeconds(7200).toString();
        String workedTo = Instant.now().minusSeconds(3600).toString();
        Map<String, Object> noShift = Map.of("externalShiftId", "NOPE", "checkIn", workedFrom, "checkOut", workedTo,
                "breakDuration", 0);
        Response unknown = partnerCall("POST", "/partner/v1/timecards", partner, noShift);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().path("errors").has("externalShiftId")).isTrue();
        assertThat(unknown.body().path("externalShiftId").asText()).isEqualTo("NOPE");
        Response backwards = partnerCall("POST", "/partner/v1/timecards", partner, Map.of("externalShiftId",
                dear.get("externalShiftId"), "checkIn", workedTo, "checkOut", workedFrom, "breakDuration", 0));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body().path("errors").has("checkOut")).isTrue();
        Response nobody = partnerCall("POST", "/partner/v1/timecards", partner, Map.of("externalShiftId",
                dear.get("externalShiftId"), "checkIn", workedFrom, "checkOut", workedTo, "breakDuration", 0));
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.body().path("errors").path("externalShiftId").toString()).contains("accepted");
        assertThat(partnerCall("PUT", "/partner/v1/shifts/abc", partner, shiftRequest(null, from, to)).status())
                .isEqualTo(404);
        assertThat(partnerCall("DELETE", "/partner/v1/shifts/-1", partner, null).status()).isEqualTo(404);
    }

    private Partner createPartner(Party hospital) {
        Api.Response created = api.post("/api/v1/admin/partners", adminToken(), Map.of(
                "name", "Staffing Partner " + unique(), "hospital_id", hospital.profileId(),
                "webhook_url", receiver.url("/hooks"), "timezone", "America/New_York",
                "hourly_rates", Map.of("CNA", new BigDecimal("450.00"), "LPN", new BigDecimal("600.00"),
                        "RN", new BigDecimal("800.00"))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return new Partner(created.data().path("client_id").asLong(), created.text("data.api_key"),
                created.text("data.webhook_secret"));
    }

    private static Map<String, Object> shiftRequest(String externalShiftId, String start, String end) {
        Map<String, Object> request = new HashMap<>();
        if (externalShiftId != null) {
            request.put("externalShiftId", externalShiftId);
        }
        request.put("shiftStartTime", start);
        request.put("shiftEndTime", end);
        request.put("shiftUnit", "1st Floor");
        request.put("healthcareProfessionalType", "LPN");
        request.put("shiftSource", "qwerty");
        request.put("shiftBoostPercentage", 10);
        request.put("timezone", "ET");
        return request;
    }

    private static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(request);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> request, String field) {
        Map<String, Object> changed = new HashMap<>(request);
        changed.remove(field);
        return changed;
    }

    /** A local time in the facility's zone, as a partner sends it without a Z. */
    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, EASTERN).toString();
    }

    private String apply(Party professional, long shiftId) {
        Api.Response applied = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", professional.token(),
                Map.of());
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        return applied.data().path("status").asText();
    }

    private long applicationOf(Party professional, long shiftId) {
        Api.Response mine = api.get("/api/v1/professional/my-applications", professional.token());
        for (JsonNode application : mine.body().path("data")) {
            if (application.path("shift_id").asLong() == shiftId
                    || application.path("shift").path("id").asLong() == shiftId) {
                return application.path("id").asLong();
            }
        }
        throw new AssertionError("No application for shift " + shiftId + " in " + mine.body());
    }

    /**
     * The first {@code count} webhooks of this partner as they arrived, once they have: each checked against both
     * signatures, {@code X-Signature-IC} and the Standard Webhooks {@code webhook-signature}.
     */
    private List<JsonNode> awaitWebhook(Partner partner, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mine(partner).size() >= count);
        List<WebhookReceiver.Received> hooks = mine(partner);
        for (WebhookReceiver.Received hook : hooks) {
            assertThat(hook.header("X-Signature-IC")).isEqualTo(HexFormat.of().formatHex(
                    hmac(partner.webhookSecret().getBytes(StandardCharsets.UTF_8), hook.body())));
            String signed = hook.header("webhook-id") + "." + hook.header("webhook-timestamp") + "." + hook.body();
            byte[] key = Base64.getDecoder().decode(partner.webhookSecret().substring("whsec_".length()));
            String expected = "v1," + Base64.getEncoder().encodeToString(hmac(key, signed));
            assertThat(hook.header("webhook-signature").split(" ")).contains(expected);
        }
        return hooks.stream().limit(count).map(hook -> tree(hook.body())).toList();
    }

    private List<WebhookReceiver.Received> mine(Partner partner) {
        return receiver.receivedOn("/hooks").stream()
                .filter(hook -> tree(hook.body()).path("clientId").asLong() == partner.clientId())
                .toList();
    }

    private static byte[] hmac(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A partner API answer. */
    record Response(int status, JsonNode body) {
    }

    private Response partnerCall(String method, String path, Partner partner, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                .timeout(Duration.ofSeconds(30));
        partner.headers().forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.header(name, value);
            }
        });
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    body instanceof String raw ? raw : JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isBlank() ? JSON.nullNode() : tree(response.body());
        return new Response(response.statusCode(), json);
    }
}
