package com.shiftledger.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.partner.PartnerOrigin;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ReopenReason;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftApplicationWithdrawnEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPositionReopenedEvent;
import com.shiftledger.api.shift.ShiftPriority;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftTerms;
import com.shiftledger.api.wallet.DebitOutcome;
import com.shiftledger.api.wallet.DebitWalletCommand;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.WebhookReceiver;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Partner clients registered through the admin API, their webhooks received by a real HTTP server on this machine,
 * and partner shifts fed to the webhook projection the way the Shift aggregate feeds it: the tests append a
 * partner shift's events to its stream in the aggregate's order and numbering (shifts from 7000001), and move the
 * money such an event stands for through the wallet for real, so that the ledger stays balanced for every other
 * test on the same database.
 */
abstract class PartnerTest extends IntegrationTest {

    static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Kolkata");
    static final RefundTerms REFUND_TERMS = new RefundTerms(BigDecimal.TEN, Duration.ofDays(7));
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final AtomicLong SHIFT_IDS = new AtomicLong(7_000_000);
    private static final AtomicLong APPLICATION_IDS = new AtomicLong(70_000_000);
    private static final Map<ShiftId, AtomicLong> SEQUENCES = new ConcurrentHashMap<>();

    @Autowired
    private EventStore events;

    @Autowired
    private PlatformTransactionManager transactionManager;

    protected WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** A partner client as registration answered it: its id, key and webhook secret, and its receiver path. */
    record Client(long id, String apiKey, String webhookSecret, Party hospital, String path) {

        Map<String, String> key() {
            return Api.partnerKey(id, apiKey);
        }
    }

    /** A partner shift the test created: its ids, its hospital and the qualification it asks for. */
    record TestShift(ShiftId id, Client client, String externalShiftId, ShiftTerms terms, ShiftSchedule schedule) {
    }

    /** A body registering a client of the hospital whose webhooks go to {@code webhookUrl}. */
    static Map<String, Object> registration(Party hospital, String webhookUrl) {
        return new HashMap<>(Map.of("name", "IntelyCare Test " + unique(), "hospital_id",
                hospital.profileId(), "webhook_url", webhookUrl, "timezone", "ET",
                "hourly_rates", Map.of("CNA", new BigDecimal("450.00"), "LPN", new BigDecimal("600.00"),
                        "RN", new BigDecimal("800.00")),
                "profession_types", Map.of("CNA", "staff")));
    }

    /** Registers a client of a new hospital whose webhooks go to this test's receiver. */
    Client registerClient(String adminToken) {
        return registerClient(adminToken, registerHospital());
    }

    Client registerClient(String adminToken, Party hospital) {
        String path = "/hooks/" + unique();
        Api.Response response = api.post("/api/v1/admin/partners", adminToken,
                registration(hospital, receiver.url(path)));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        JsonNode data = response.data();
        return new Client(data.path("client_id").asLong(), data.path("api_key").asText(),
                data.path("webhook_secret").asText(), hospital, path);
    }

    /** A partner shift, created as a draft for its client's hospital, asking for {@code qualification}. */
    TestShift partnerShift(Client client, String qualification) {
        ShiftId id = new ShiftId(SHIFT_IDS.incrementAndGet());
        String externalShiftId = String.valueOf(2_546_000 + id.value() % 1000) + "-" + unique();
        LocalDate date = LocalDate.now(PLATFORM_ZONE).plusDays(2);
        ShiftSchedule schedule = new ShiftSchedule(date, LocalTime.of(7, 0), LocalTime.of(15, 0), false,
                date.atTime(7, 0).atZone(PLATFORM_ZONE).toInstant(),
                date.atTime(15, 0).atZone(PLATFORM_ZONE).toInstant());
        ShiftTerms terms = new ShiftTerms(PayType.HOURLY, Money.ofRupees(600), 1, BigDecimal.TEN, REFUND_TERMS);
        ShiftDetails details = new ShiftDetails("Partner shift " + externalShiftId, "1st Floor",
                ProfessionType.NURSE, null, ShiftPriority.NORMAL, false, qualification);
        Party hospital = client.hospital();
        publish(new ShiftCreatedEvent(id, hospital.profileId(), "City Hospital", new WalletId(hospital.walletId()),
                        "SFT-P" + id.value(), details, schedule, terms, terms.price(schedule.scheduledMinutes()), null,
                        false, new PartnerOrigin(client.id(), externalShiftId)),
                new ShiftPublishedEvent(id, 1, terms.price(schedule.scheduledMinutes()).total(), "TXN-TEST" + id));
        return new TestShift(id, client, externalShiftId, terms, schedule);
    }

    /** The partner changes the professional type its shift asks for. */
    void revise(TestShift shift, String qualification) {
        ShiftDetails details = new ShiftDetails("Partner shift " + shift.externalShiftId(), "1st Floor",
                ProfessionType.NURSE, null, ShiftPriority.NORMAL, false, qualification);
        publish(new ShiftRevisedEvent(shift.id(), details, shift.schedule(), shift.terms(),
                shift.terms().price(shift.schedule().scheduledMinutes())));
    }

    /** The professional applies and is accepted at once, as on every partner shift. Answers the application id. */
    long accept(TestShift shift, Party professional) {
        long applicationId = APPLICATION_IDS.incrementAndGet();
        publish(new ShiftApplicationSubmittedEvent(shift.id(), applicationId, professional.profileId(), "John Doe",
                        ProfessionType.NURSE, new WalletId(professional.walletId()), null, null),
                new ShiftApplicationAcceptedEvent(shift.id(), applicationId, professional.profileId()));
        return applicationId;
    }

    /** The accepted professional withdraws; the position is open again. */
    void release(TestShift shift, long applicationId, Party professional) {
        publish(new ShiftApplicationWithdrawnEvent(shift.id(), applicationId, professional.profileId()),
                new ShiftPositionReopenedEvent(shift.id(), applicationId, professional.profileId(),
                        ReopenReason.WITHDRAWN));
    }

    /**
     * The position completes with the given pay (no service charge); the escrow is first funded for real from the
     * hospital's wallet, and the payout process then pays the professional (the Completed webhook's cause).
     */
    PositionCompletedEvent complete(TestShift shift, long applicationId, Party professional, long payRupees) {
        Money pay = Money.ofRupees(payRupees);
        if (pay.isPositive()) {
            Party hospital = shift.client().hospital();
            topUp(hospital, pay.toRupees().max(BigDecimal.valueOf(100)).toPlainString());
            DebitOutcome funded = commands.sendAndWait(new DebitWalletCommand(new WalletId(hospital.walletId()), pay,
                    Account.shift(shift.id().value()), TransactionCategory.SHIFT_PAYMENT,
                    "test-partner-escrow:" + shift.id().value() + ":" + applicationId, "Shift " + shift.id()));
            assertThat(funded).isInstanceOf(DebitOutcome.Paid.class);
        }
        Instant in = shift.schedule().startsAt();
        Instant out = shift.schedule().endsAt();
        PositionCompletedEvent completed = new PositionCompletedEvent(shift.id(), applicationId,
                professional.profileId(), new WalletId(professional.walletId()), in, out, 480, 480, pay, Money.ZERO,
                false, "Timecard final");
        publish(completed);
        return completed;
    }

    void cancel(TestShift shift) {
        publish(new ShiftCancelledEvent(shift.id(), "Deleted by the partner"));
    }

    /** Appends the events to their shift's stream in one transaction, numbered as the aggregate numbers them. */
    void publish(Object... payloads) {
        List<DomainEventMessage<?>> messages = Arrays.stream(payloads).map(PartnerTest::inStream).toList();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publish(messages));
    }

    private static DomainEventMessage<?> inStream(Object payload) {
        ShiftId shiftId = Arrays.stream(payload.getClass().getRecordComponents())
                .filter(component -> component.getName().equals("shiftId"))
                .map(component -> {
                    try {
                        return (ShiftId) component.getAccessor().invoke(payload);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Not a shift event: " + payload));
        long sequence = SEQUENCES.computeIfAbsent(shiftId, id -> new AtomicLong()).getAndIncrement();
        return new GenericDomainEventMessage<>("Shift", shiftId.toString(), sequence, payload);
    }

    /** Waits until the receiver has received at least {@code count} requests on the client's path. */
    List<WebhookReceiver.Received> awaitReceived(Client client, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> receiver.receivedOn(client.path()).size() >= count);
        return receiver.receivedOn(client.path());
    }

    /** The requests that answered 200, one per webhook: the last attempt of each delivered webhook, in order. */
    List<WebhookReceiver.Received> deliveredTo(Client client) {
        List<WebhookReceiver.Received> all = receiver.receivedOn(client.path());
        List<WebhookReceiver.Received> delivered = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!seen.contains(all.get(i).header("webhook-id"))) {
                seen.add(all.get(i).header("webhook-id"));
                delivered.add(0, all.get(i));
            }
        }
        return delivered;
    }

    /** The client's deliveries as admins see them, newest first. */
    JsonNode deliveries(String adminToken, Client client) {
        Api.Response response = api.get("/api/v1/admin/partners/" + client.id() + "/deliveries?per_page=100",
                adminToken);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body().path("data");
    }

    /** Waits until the client has {@code count} webhooks and every one of them is delivered. */
    JsonNode awaitAllDelivered(String adminToken, Client client, int count) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            found[0] = deliveries(adminToken, client);
            assertThat(found[0]).as(found[0].toString()).hasSize(count);
            found[0].forEach(delivery -> assertThat(delivery.path("status").asText()).as(found[0].toString())
                    .isEqualTo("delivered"));
        });
        return found[0];
    }

    /** Checks both signatures of a received webhook against the given secrets, computed here independently. */
    static void assertSignedWith(WebhookReceiver.Received webhook, String... secretsNewestFirst) {
        assertThat(webhook.header("content-type")).isEqualTo("application/json");
        assertThat(webhook.header("x-signature-ic"))
                .isEqualTo(hex(hmac(secretsNewestFirst[0].getBytes(StandardCharsets.UTF_8), webhook.body())));
        String id = webhook.header("webhook-id");
        String timestamp = webhook.header("webhook-timestamp");
        assertThat(id).startsWith("msg_");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(),
                within(300L));
        List<String> expected = new ArrayList<>();
        for (String secret : secretsNewestFirst) {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            expected.add("v1," + Base64.getEncoder().encodeToString(hmac(key, id + "." + timestamp + "."
                    + webhook.body())));
        }
        assertThat(webhook.header("webhook-signature").split(" ")).containsExactlyElementsOf(expected);
    }

    static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
