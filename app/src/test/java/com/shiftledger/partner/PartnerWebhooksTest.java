package com.shiftledger.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.api.shift.ShiftDiscardedEvent;
import com.shiftledger.support.Api;
import com.shiftledger.support.WebhookReceiver.Received;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Partner shifts' webhooks end to end: written by the projection from the shift's events, delivered to a real HTTP
 * receiver with the IntelyCare bodies and both signatures, in order per shift, retried through a receiver that is
 * down, signed with two secrets during a rotation, failed once the retry schedule is exhausted and redelivered by
 * an admin, and read back byte for byte from the events feed.
 */
class PartnerWebhooksTest extends PartnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void acceptedCompletedAndDeletedWebhooksArriveWithTheSeedsBodiesSignedTwice() throws Exception {
        String admin = adminToken();
        Client client = registerClient(admin);
        Party nurse = registerProfessional("nurse");
        TestShift shift = partnerShift(client, "LPN");
        Instant before = Instant.now().minusSeconds(2);

        long application = accept(shift, nurse);
        complete(shift, application, nurse, 800);
        TestShift other = partnerShift(client, "RN");
        accept(other, nurse);
        cancel(other);

        List<Received> delivered = awaitAllDeliveredAndReceived(admin, client, 4);
        Map<String, List<JsonNode>> byShift = byShift(delivered);
        assertThat(statuses(byShift.get(shift.externalShiftId()))).containsExactly("Accepted", "Completed");
        assertThat(statuses(byShift.get(other.externalShiftId()))).containsExactly("Accepted", "Deleted");
        delivered.forEach(webhook -> assertSignedWith(webhook, client.webhookSecret()));

        JsonNode accepted = byShift.get(shift.externalShiftId()).get(0);
        assertThat(fieldNames(accepted)).containsExactly("clientId", "externalShiftId", "shiftStatus",
                "healthcareProfessional", "statusTimestamp");
        assertThat(accepted.path("clientId").isIntegralNumber()).isTrue();
        assertThat(accepted.path("clientId").asLong()).isEqualTo(client.id());
        assertThat(accepted.path("externalShiftId").isTextual()).isTrue();
        assertThat(accepted.path("externalShiftId").asText()).isEqualTo(shift.externalShiftId());
        JsonNode professional = accepted.path("healthcareProfessional");
        assertThat(fieldNames(professional)).containsExactly("id", "externalId", "lastName", "firstName",
                "healthcareProfessionalType", "phoneNumber", "email", "profilePicture");
        assertThat(professional.path("id").asText()).isEqualTo(String.valueOf(nurse.profileId()));
        assertThat(professional.path("externalId").isNull()).isTrue();
        assertThat(professional.path("lastName").asText()).isEqualTo("Doe");
        assertThat(professional.path("firstName").asText()).isEqualTo("John");
        assertThat(professional.path("healthcareProfessionalType").asText()).isEqualTo("LPN");
        assertThat(professional.path("phoneNumber").asText()).isEqualTo("+919876543211");
        assertThat(professional.path("email").asText()).isEqualTo(nurse.email());
        assertThat(professional.path("profilePicture").isNull()).isTrue();
        Instant stamped = LocalDateTime.parse(accepted.path("statusTimestamp").asText()).toInstant(ZoneOffset.UTC);
        assertThat(accepted.path("statusTimestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        assertThat(stamped).isBetween(before, Instant.now());

        JsonNode completed = byShift.get(shift.externalShiftId()).get(1);
        assertThat(completed.path("healthcareProfessional")).isEqualTo(professional);
        JsonNode deleted = byShift.get(other.externalShiftId()).get(1);
        assertThat(fieldNames(deleted)).containsExactly("clientId", "externalShiftId", "shiftStatus",
                "statusTimestamp");
        assertThat(byShift.get(other.externalShiftId()).get(0).path("healthcareProfessional")
                .path("healthcareProfessionalType").asText()).isEqualTo("RN");

        String expectedDeleted = "{\"clientId\":" + client.id() + ",\"externalShiftId\":\"" + other.externalShiftId()
                + "\",\"shiftStatus\":\"Deleted\",\"statusTimestamp\":\"" + deleted.path("statusTimestamp").asText()
                + "\"}";
        assertThat(delivered).extracting(Received::body).contains(expectedDeleted);
        assertThat(delivered).extracting(received -> received.header("webhook-id")).doesNotHaveDuplicates();
    }

    @Test
    void releasedWhenTheAcceptedProfessionalWithdrawsAndCompletedAtOnceForUnpaidWork() throws Exception {
        String admin = adminToken();
        Client client = registerClient(admin);
        Party first = registerProfessional("nurse");
        Party second = registerProfessional("nurse");
        TestShift shift = partnerShift(client, "CNA");

        long withdrawn = accept(shift, first);
        release(shift, withdrawn, first);
        long replacement = accept(shift, second);
        complete(shift, replacement, second, 0);

        List<JsonNode> bodies = byShift(awaitAllDeliveredAndReceived(admin, client, 4))
                .get(shift.externalShiftId());
        assertThat(statuses(bodies)).containsExactly("Accepted", "Released", "Accepted", "Completed");
        assertThat(bodies.get(0).path("healthcareProfessional").path("id").asText())
                .isEqualTo(String.valueOf(first.profileId()));
        assertThat(fieldNames(bodies.get(1))).containsExactly("clientId", "externalShiftId", "shiftStatus",
                "statusTimestamp");
        assertThat(bodies.get(2).path("healthcareProfessional").path("id").asText())
                .isEqualTo(String.valueOf(second.profileId()));
        assertThat(bodies.get(3).path("healthcareProfessional").path("id").asText())
                .isEqualTo(String.valueOf(second.profileId()));
    }

    @Test
    void aRevisedQualificationIsTheTypeSentAndADiscardedDraftIsForgottenWithoutAWebhook() throws Exception {
        String admin = adminToken();
        Client client = registerClient(admin);
        Party nurse = registerProfessional("nurse");
        TestShift revised = partnerShift(client, "LPN");
        revise(revised, "RN");
        accept(revised, nurse);
        TestShift discarded = partnerShift(client, "CNA");
        publish(new ShiftDiscardedEvent(discarded.id()));
        TestShift last = partnerShift(client, "CNA");
        cancel(last);

        List<Received> delivered = awaitAllDeliveredAndReceived(admin, client, 2);
        Map<String, List<JsonNode>> byShift = byShift(delivered);
        assertThat(byShift.get(revised.externalShiftId()).get(0).path("healthcareProfessional")
                .path("healthcareProfessionalType").asText()).isEqualTo("RN");
        assertThat(byShift).doesNotContainKey(discarded.externalShiftId());
        assertThat(jdbc.queryForObject("select count(*) from partner_webhook_shift where shift_id = ?", Long.class,
                discarded.id().value())).isZero();
    }

    @Test
    void everyWebhookArrivesInOrderPerShiftWithOneIdAfterTheReceiverWasDown() throws Exception {
        String admin = adminToken();
        Client client = registerClient(admin);
        Party nurse = registerProfessional("nurse");
        Party other = registerProfessional("nurse");
        receiver.failNext(2);

        TestShift first = partnerShift(client, "LPN");
        TestShift second = partnerShift(client, "RN");
        long application = accept(first, nurse);
        long secondApplication = accept(second, other);
        release(first, application, nurse);
        awaitReceived(client, 2);
        receiver.stop();
        long again = accept(first, other);
        release(second, secondApplication, other);
        awaitFailedAttempts(admin, client, 3);
        receiver.restart();
        complete(first, again, other, 0);
        cancel(second);

        List<Received> delivered = awaitAllDeliveredAndReceived(admin, client, 7);
        Map<String, List<JsonNode>> byShift = byShift(delivered);
        assertThat(statuses(byShift.get(first.externalShiftId())))
                .containsExactly("Accepted", "Released", "Accepted", "Completed");
        assertThat(statuses(byShift.get(second.externalShiftId()))).containsExactly("Accepted", "Released",
                "Deleted");

        List<Received> all = receiver.receivedOn(client.path());
        assertThat(all.size()).as("some webhooks were sent more than once").isGreaterThan(7);
        Map<String, List<Received>> attemptsById = all.stream()
                .collect(Collectors.groupingBy(received -> received.header("webhook-id"), LinkedHashMap::new,
                        Collectors.toList()));
        assertThat(attemptsById).hasSize(7);
        attemptsById.values().forEach(attempts -> {
            assertThat(attempts).extracting(Received::body).containsOnly(attempts.get(0).body());
            attempts.forEach(attempt -> assertSignedWith(attempt, client.webhookSecret()));
        });
        assertInOrderPerShift(all);

        JsonNode deliveries = deliveries(admin, client);
        JsonNode oldest = deliveries.get(deliveries.size() - 1);
        assertThat(oldest.path("attempts").asInt()).as(deliveries.toString()).isGreaterThan(1);
        assertThat(oldest.path("last_status_code").asInt()).isEqualTo(200);
        assertThat(oldest.path("last_error").isNull()).isTrue();
        assertThat(oldest.path("delivered_at").isTextual()).isTrue();
        assertThat(oldest.path("next_attempt_at").isNull()).isTrue();
        assertThat(oldest.path("webhook_id").asText()).isEqualTo(delivered.stream()
                .filter(received -> received.body().contains(first.externalShiftId())).findFirst().orElseThrow()
                .header("webhook-id"));
        assertThat(oldest.path("external_shift_id").asText()).isEqualTo(first.externalShiftId());
        assertThat(oldest.path("shift_id").asLong()).isEqualTo(first.id().value());
        assertThat(oldest.path("event").asText()).isEqualTo("Accepted");
    }

    @Test
    void duringTheOverlapARotatedSecretSignsBesideTheNewOne() throws Exception {
        String admin = adminToken();
        Client client = registerClient(admin);
        Party nurse = registerProfessional("nurse");
        TestShift shift = partnerShift(client, "LPN");
        long application = accept(shift, nurse);
        Received beforeRotation = awaitAllDeliveredAndReceived(admin, client, 1).get(0);
        assertSignedWith(beforeRotation, client.webhookSecret());
        assertThat(beforeRotation.header("webhook-signature")).doesNotContain(" ");

        Api.Response rotated = api.post("/api/v1/admin/partners/" + client.id() + "/rotate-webhook-secret", admin,
                Map.of());
        String newSecret = rotated.data().path("webhook_secret").asText();
        release(shift, application, nurse);

        Received afterRotation = awaitAllDeliveredAndReceived(admin, client, 2).get(1);
        String[] signatures = afterRotation.header("webhook-signature").split(" ");
        assertThat(signatures).hasSize(2);
        String signed = afterRotation.header("webhook-id") + "." + afterRotation.header("webhook-timestamp") + "."
                + afterRotation.body();
        assertThat(signatures[0]).isEqualTo(standardSignature(newSecret, signed));
        assertThat(signatures[1]).isEqualTo(standardSignature(client.webhookSecret(), signed));
        assertThat(afterRotation.header("x-signature-ic"))
                .isEqualTo(hex(hmac(newSecret.getBytes(StandardCharsets.UTF_8), afterRotation.body())));
        assertSignedWith(afterRotation, newSecret, client.webhookSecret());
    }

    @Test
    void aWebhookFailsOnceTheRetryScheduleIsExhaustedAndAnAdminRedeliversIt() throws Exception {
        String admin = adminToken();
        Client client = registerClient(admin);
        Party nurse = registerProfessional("nurse");
        receiver.failAlways();
        TestShift shift = partnerShift(client, "LPN");
        long application = accept(shift, nurse);
        release(shift, application, nurse);

        JsonNode failed = awaitDelivery(admin, client, "Accepted", "failed");
        assertThat(failed.path("attempts").asInt()).as("the first attempt and the five of the schedule")
                .isEqualTo(6);
        assertThat(failed.path("last_status_code").asInt()).isEqualTo(500);
        assertThat(failed.path("last_error").asText()).startsWith("HTTP 500");
        assertThat(failed.path("next_attempt_at").isNull()).isTrue();
        List<Received> attempts = receiver.receivedOn(client.path());
        assertThat(attempts.subList(0, 6)).extracting(received -> received.header("webhook-id"))
                .containsOnly(failed.path("webhook_id").asText());
        receiver.answerOk();
        awaitDelivery(admin, client, "Released", "delivered");

        Api.Response filtered = api.get("/api/v1/admin/partners/" + client.id() + "/deliveries?status=failed",
                admin);
        assertThat(filtered.body().path("data")).hasSize(1);
        long deliveryId = failed.path("id").asLong();
        String redeliver = "/api/v1/admin/partners/" + client.id() + "/deliveries/" + deliveryId + "/redeliver";
        Api.Response redelivered = api.post(redeliver, admin, Map.of());
        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.data().path("status").asText()).isEqualTo("pending");

        JsonNode delivered = awaitDelivery(admin, client, "Accepted", "delivered");
        assertThat(delivered.path("attempts").asInt()).isEqualTo(7);
        Received last = receiver.receivedOn(client.path()).get(receiver.receivedOn(client.path()).size() - 1);
        assertThat(last.header("webhook-id")).isEqualTo(failed.path("webhook_id").asText());
        assertThat(last.body()).isEqualTo(attempts.get(0).body());
        assertSignedWith(last, client.webhookSecret());

        Client other = registerClient(admin);
        assertThat(api.post("/api/v1/admin/partners/" + other.id() + "/deliveries/" + deliveryId + "/redeliver",
                admin, Map.of()).status()).as("another client's delivery").isEqualTo(404);
    }

    @Test
    void theEventsFeedGivesExactlyTheDeliveredBodiesInOrderAndNothingOfAnotherClient() throws Exception {
        String admin = adminToken();
        Client client = registerClient(admin);
        Client other = registerClient(admin);
        Party nurse = registerProfessional("nurse");
        TestShift shift = partnerShift(client, "LPN");
        long application = accept(shift, nurse);
        release(shift, application, nurse);
        long again = accept(shift, nurse);
        complete(shift, again, nurse, 0);
        TestShift deleted = partnerShift(client, "RN");
        cancel(deleted);
        TestShift othersShift = partnerShift(other, "LPN");
        accept(othersShift, nurse);
        List<Received> delivered = awaitAllDeliveredAndReceived(admin, client, 5);
        awaitAllDelivered(admin, other, 1);

        List<String> feedIds = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            String query = "/partner/v1/events?limit=2" + (cursor == null ? "" : "&after=" + cursor);
            String raw = api.getText(query, client.key());
            pages.add(raw);
            JsonNode page = JSON.readTree(raw);
            assertThat(page.path("data").size()).isLessThanOrEqualTo(2);
            page.path("data").forEach(event -> feedIds.add(event.path("id").asText()));
            more = page.path("hasMore").asBoolean();
            cursor = page.path("nextCursor").asText();
        }
        List<String> written = new ArrayList<>();
        deliveries(admin, client).forEach(delivery -> written.add(0, delivery.path("webhook_id").asText()));
        assertThat(feedIds).as("the order the webhooks were written in").containsExactlyElementsOf(written);
        Map<String, String> bodies = delivered.stream()
                .collect(Collectors.toMap(received -> received.header("webhook-id"), Received::body));
        String allPages = String.join("", pages);
        int from = -1;
        for (String id : written) {
            int at = allPages.indexOf("\"payload\":" + bodies.get(id) + "}", from + 1);
            assertThat(at).as("the delivered body, byte for byte, in order: " + bodies.get(id)).isGreaterThan(from);
            from = at;
        }
        assertThat(allPages).doesNotContain(othersShift.externalShiftId());

        JsonNode first = JSON.readTree(pages.get(0)).path("data").get(0);
        assertThat(fieldNames(first)).containsExactly("id", "cursor", "shiftStatus", "externalShiftId", "createdAt",
                "payload");
        assertThat(first.path("shiftStatus").asText()).isEqualTo("Accepted");
        assertThat(first.path("externalShiftId").asText()).isEqualTo(shift.externalShiftId());
        assertThat(JSON.readTree(pages.get(0)).has("nextCursor")).isTrue();

        JsonNode end = JSON.readTree(api.getText("/partner/v1/events?after=" + cursor, client.key()));
        assertThat(end.path("data")).isEmpty();
        assertThat(end.path("hasMore").asBoolean()).isFalse();
        assertThat(end.path("nextCursor").asText()).isEqualTo(cursor);
        JsonNode whole = JSON.readTree(api.getText("/partner/v1/events", client.key()));
        assertThat(whole.path("data")).hasSize(5);
        JsonNode others = JSON.readTree(api.getText("/partner/v1/events", other.key()));
        assertThat(others.path("data")).hasSize(1);
        assertThat(others.toString()).doesNotContain(shift.externalShiftId());
        JsonNode othersAfterMine = JSON.readTree(api.getText("/partner/v1/events?after=" + first.path("cursor")
                .asText(), other.key()));
        assertThat(othersAfterMine.toString()).doesNotContain(shift.externalShiftId());

        for (String bad : List.of("abc", "%3D%3D", "d3sxMg", "", "x".repeat(100))) {
            Api.Response refused = api.get("/partner/v1/events?after=" + bad, null, client.key());
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body().path("success").asBoolean()).isFalse();
        }
        for (String limit : List.of("0", "201", "-1", "abc")) {
            assertThat(api.get("/partner/v1/events?limit=" + limit, null, client.key()).status()).as(limit)
                    .isEqualTo(422);
        }
    }

    /** Waits until the client's webhooks are all delivered; answers the accepted attempt of each, in order. */
    private List<Received> awaitAllDeliveredAndReceived(String admin, Client client, int count) {
        awaitAllDelivered(admin, client, count);
        List<Received> delivered = deliveredTo(client);
        assertThat(delivered).hasSize(count);
        return delivered;
    }

    private JsonNode awaitDelivery(String admin, Client client, String event, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode deliveries = deliveries(admin, client);
            found[0] = null;
            deliveries.forEach(delivery -> {
                if (delivery.path("event").asText().equals(event)) {
                    found[0] = delivery;
                }
            });
            assertThat(found[0]).as(deliveries.toString()).isNotNull();
            assertThat(found[0].path("status").asText()).as(deliveries.toString()).isEqualTo(status);
        });
        return found[0];
    }

    private void awaitFailedAttempts(String admin, Client client, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            int attempts = 0;
            for (JsonNode delivery : deliveries(admin, client)) {
                attempts += delivery.path("attempts").asInt();
            }
            assertThat(attempts).isGreaterThanOrEqualTo(count);
        });
    }

    /** Every attempt, in the order received, never shows a shift's webhook before an older one of the same shift. */
    private static void assertInOrderPerShift(List<Received> attempts) throws Exception {
        Map<String, List<String>> seenIds = new LinkedHashMap<>();
        for (Received attempt : attempts) {
            String shift = JSON.readTree(attempt.body()).path("externalShiftId").asText();
            List<String> ids = seenIds.computeIfAbsent(shift, key -> new ArrayList<>());
            String id = attempt.header("webhook-id");
            if (!ids.isEmpty() && !ids.get(ids.size() - 1).equals(id)) {
                assertThat(ids).as("a webhook of shift " + shift + " came back after a newer one").doesNotContain(id);
            }
            ids.add(id);
        }
    }

    private static Map<String, List<JsonNode>> byShift(List<Received> delivered) throws Exception {
        Map<String, List<JsonNode>> byShift = new LinkedHashMap<>();
        for (Received webhook : delivered) {
            JsonNode body = JSON.readTree(webhook.body());
            byShift.computeIfAbsent(body.path("externalShiftId").asText(), key -> new ArrayList<>()).add(body);
        }
        return byShift;
    }

    private static List<String> statuses(List<JsonNode> bodies) {
        return bodies.stream().map(body -> body.path("shiftStatus").asText()).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String standardSignature(String secret, String signed) {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, signed));
    }
}
