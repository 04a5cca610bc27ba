package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionType;
import com.shiftledger.api.shift.ProfessionalCheckedInEvent;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftApplicationRejectedEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftApplicationWithdrawnEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftEndedEvent;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPrice;
import com.shiftledger.api.shift.ShiftPriority;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftTerms;
import com.shiftledger.api.shift.WorkPay;
import com.shiftledger.api.wallet.CreditWalletCommand;
import com.shiftledger.api.wallet.DebitOutcome;
import com.shiftledger.api.wallet.DebitWalletCommand;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read side of shifts fed the way the Shift aggregate feeds it: the tests append the shift's events to its
 * stream in the order the aggregate would, numbered as the aggregate numbers them, with ids of their own (shifts
 * from 900001). Money that such an event moves is
 * first moved for real through the wallet (a top-up and a debit into the shift's escrow), so the ledger stays
 * balanced and the audit clean for every other test on the same database.
 */
abstract class ShiftEventsTest extends IntegrationTest {

    static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Kolkata");
    static final LocalTime STARTS = LocalTime.of(9, 0);
    static final LocalTime ENDS = LocalTime.of(17, 5);
    static final BigDecimal SERVICE_CHARGE_PERCENT = BigDecimal.TEN;
    static final RefundTerms REFUND_TERMS = new RefundTerms(BigDecimal.TEN, Duration.ofDays(7));

    private static final AtomicLong SHIFT_IDS = new AtomicLong(900_000);
    private static final AtomicLong APPLICATION_IDS = new AtomicLong(9_000_000);
    /** The next sequence number of each test shift's stream. */
    private static final Map<ShiftId, AtomicLong> SEQUENCES = new ConcurrentHashMap<>();

    @Autowired
    private EventStore events;

    @Autowired
    protected CommandGateway commands;

    @Autowired
    private PlatformTransactionManager transactionManager;

    /** A shift the test created, with what it costs. */
    record TestShift(ShiftId id, Party hospital, String code, ShiftDetails details, ShiftSchedule schedule,
                     ShiftTerms terms, ShiftPrice price) {

        long value() {
            return id.value();
        }
    }

    /** An application the test submitted: its id and the professional. */
    record TestApplication(long id, Party professional) {
    }

    static LocalDate today() {
        return LocalDate.now(PLATFORM_ZONE);
    }

    /** A draft shift of fixed pay, 09:00 to 17:05 in the platform's time zone, 10 % service charge. */
    TestShift draft(Party hospital, String title, LocalDate date, ProfessionType profession, long payRupees,
                    int positions) {
        return draft(hospital, title, null, date, profession, PayType.FIXED, payRupees, positions);
    }

    TestShift draft(Party hospital, String title, String description, LocalDate date, ProfessionType profession,
                    PayType payType, long payRupees, int positions) {
        ShiftId id = new ShiftId(SHIFT_IDS.incrementAndGet());
        String code = "SFT-T" + id.value();
        ShiftDetails details = new ShiftDetails(title, description, profession, null, ShiftPriority.NORMAL, false);
        ShiftSchedule schedule = schedule(date);
        ShiftTerms terms = new ShiftTerms(payType, Money.ofRupees(payRupees), positions, SERVICE_CHARGE_PERCENT,
                REFUND_TERMS);
        ShiftPrice price = terms.price(schedule.scheduledMinutes());
        publish(new ShiftCreatedEvent(id, hospital.profileId(), "City Hospital", new WalletId(hospital.walletId()),
                code, details, schedule, terms, price, null, false, null));
        return new TestShift(id, hospital, code, details, schedule, terms, price);
    }

    static ShiftSchedule schedule(LocalDate date) {
        return new ShiftSchedule(date, STARTS, ENDS, false, date.atTime(STARTS).atZone(PLATFORM_ZONE).toInstant(),
                date.atTime(ENDS).atZone(PLATFORM_ZONE).toInstant());
    }

    /** Publishes the shift with its total paid for real from the hospital's wallet into the shift's escrow. */
    TestShift fundAndPublish(TestShift shift) {
        String transactionId = fund(shift, shift.price().total(), "publish");
        publish(new ShiftPublishedEvent(shift.id(), 1, shift.price().total(), transactionId));
        return shift;
    }

    /** Publishes a shift whose escrow the test will never pay out of (the view counts its total as funded). */
    TestShift publishWithoutMoving(TestShift shift) {
        publish(new ShiftPublishedEvent(shift.id(), 1, shift.price().total(), "TXN-TEST" + shift.value()));
        return shift;
    }

    /** Tops the hospital's wallet up with the amount and moves it into the shift's escrow. */
    String fund(TestShift shift, Money amount, String purpose) {
        Party hospital = shift.hospital();
        topUp(hospital, amount.toRupees().max(BigDecimal.valueOf(100)).toPlainString());
        DebitOutcome outcome = commands.sendAndWait(new DebitWalletCommand(new WalletId(hospital.walletId()),
                amount, Account.shift(shift.value()), TransactionCategory.SHIFT_PAYMENT,
                "test-escrow:" + shift.value() + ":" + purpose, "Shift " + shift.code()));
        assertThat(outcome).isInstanceOf(DebitOutcome.Paid.class);
        return ((DebitOutcome.Paid) outcome).receipt().transactionId();
    }

    TestApplication apply(TestShift shift, Party professional, ProfessionType profession, String coverNote) {
        long applicationId = APPLICATION_IDS.incrementAndGet();
        publish(new ShiftApplicationSubmittedEvent(shift.id(), applicationId, professional.profileId(), "John Doe",
                profession, new WalletId(professional.walletId()), coverNote, null));
        return new TestApplication(applicationId, professional);
    }

    TestApplication applyAndAccept(TestShift shift, Party professional) {
        TestApplication application = apply(shift, professional, shift.details().professionType(), "I am available.");
        accept(shift, application);
        return application;
    }

    void accept(TestShift shift, TestApplication application) {
        publish(new ShiftApplicationAcceptedEvent(shift.id(), application.id(), application.professional().profileId()));
    }

    void reject(TestShift shift, TestApplication application) {
        publish(new ShiftApplicationRejectedEvent(shift.id(), application.id(), application.professional().profileId()));
    }

    void withdraw(TestShift shift, TestApplication application) {
        publish(new ShiftApplicationWithdrawnEvent(shift.id(), application.id(),
                application.professional().profileId()));
    }

    void checkIn(TestShift shift, TestApplication application, Instant at) {
        publish(new ProfessionalCheckedInEvent(shift.id(), application.id(), application.professional().profileId(),
                at, false));
    }

    /** Completes a position as the aggregate does: fixed pay, its service charge to the platform. */
    PositionCompletedEvent completePosition(TestShift shift, TestApplication application, Instant checkedInAt,
                                            Instant checkedOutAt) {
        WorkPay pay = shift.terms().payForWork(Duration.between(checkedInAt, checkedOutAt).toMinutes(),
                shift.schedule().scheduledMinutes());
        PositionCompletedEvent completed = new PositionCompletedEvent(shift.id(), application.id(),
                application.professional().profileId(), new WalletId(application.professional().walletId()),
                checkedInAt, checkedOutAt, pay.minutesWorked(), pay.minutesPaid(), pay.professionalPay(),
                pay.serviceCharge(), false, "Good work");
        publish(completed);
        return completed;
    }

    /** Pays a completed position into the professional's wallet, as the payout process does (once per reference). */
    void payOut(PositionCompletedEvent completed) {
        commands.sendAndWait(new CreditWalletCommand(completed.professionalWalletId(), completed.professionalPay(),
                Account.shift(completed.shiftId().value()), TransactionCategory.SHIFT_EARNING,
                completed.payoutReference(), "Payment for shift " + completed.shiftId().value()));
    }

    void noShow(TestShift shift, TestApplication application) {
        publish(new ProfessionalMarkedNoShowEvent(shift.id(), application.id(), application.professional().profileId(),
                "Did not come"));
    }

    ShiftEscrowReleasedEvent release(TestShift shift, int releaseNumber, ReleaseReason reason, Money released,
                                     Money fee) {
        Instant now = Instant.now();
        ShiftEscrowReleasedEvent event = new ShiftEscrowReleasedEvent(shift.id(), shift.hospital().profileId(),
                new WalletId(shift.hospital().walletId()), RefundId.forShiftRelease(shift.id(), releaseNumber), reason,
                released, fee, released.minus(fee), now, shift.terms().refund().availableAt(now));
        publish(event);
        return event;
    }

    void end(TestShift shift) {
        publish(new ShiftEndedEvent(shift.id()));
    }

    void completeShift(TestShift shift) {
        publish(new ShiftCompletedEvent(shift.id()));
    }

    void cancel(TestShift shift) {
        publish(new ShiftCancelledEvent(shift.id(), "No longer needed"));
    }

    /**
     * Appends the events to their shift's stream in one transaction, in order and numbered as the aggregate would
     * number them.
     */
    void publish(Object... payloads) {
        List<DomainEventMessage<?>> messages = Arrays.stream(payloads).map(ShiftEventsTest::inStream).toList();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publish(messages));
    }

    private static DomainEventMessage<?> inStream(Object payload) {
        ShiftId shiftId = (ShiftId) Arrays.stream(payload.getClass().getRecordComponents())
                .filter(component -> component.getName().equals("shiftId"))
                .map(component -> {
                    try {
                        return component.getAccessor().invoke(payload);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Not a shift event: " + payload));
        long sequence = SEQUENCES.computeIfAbsent(shiftId, id -> new AtomicLong()).getAndIncrement();
        return new GenericDomainEventMessage<>("Shift", shiftId.toString(), sequence, payload);
    }

    /** Waits until the read side answers the GET with 200 and a body that passes the check; returns the body. */
    JsonNode awaitGet(String path, Party party, Consumer<JsonNode> check) {
        JsonNode[] body = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Api.Response response = api.get(path, party.token());
            assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
            check.accept(response.body());
            body[0] = response.body();
        });
        return body[0];
    }

    /** Waits until the shift's view passes the check; returns its data. */
    JsonNode awaitShift(TestShift shift, Consumer<JsonNode> check) {
        return awaitGet("/api/v1/hospital/shifts/" + shift.value(), shift.hospital(), body -> check.accept(body.path("data")))
                .path("data");
    }

    static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(PLATFORM_ZONE).toInstant();
    }
}
