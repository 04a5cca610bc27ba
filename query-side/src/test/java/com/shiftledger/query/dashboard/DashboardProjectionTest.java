package com.shiftledger.query.dashboard;

import com.shiftledger.api.dashboard.CountShiftsQuery;
import com.shiftledger.api.dashboard.FindHospitalFiguresQuery;
import com.shiftledger.api.dashboard.FindPlatformFiguresQuery;
import com.shiftledger.api.dashboard.FindProfessionalFiguresQuery;
import com.shiftledger.api.dashboard.HospitalFigures;
import com.shiftledger.api.dashboard.MonthOverMonth;
import com.shiftledger.api.dashboard.PlatformFigures;
import com.shiftledger.api.dashboard.ProfessionalFigures;
import com.shiftledger.api.dashboard.ShiftCounts;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionalCheckedInEvent;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDiscardedEvent;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.wallet.OwnerType;
import com.shiftledger.api.wallet.TopUpCapturedEvent;
import com.shiftledger.api.wallet.TopUpChannel;
import com.shiftledger.api.wallet.WalletCreditedEvent;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard projection as a plain unit: events in through Axon's annotations, figures out of its queries. */
class DashboardProjectionTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** 00:30 on 1 February 2025 in Kolkata, still 31 January in UTC. */
    private static final Instant FEBRUARY_IN_KOLKATA = Instant.parse("2025-01-31T19:00:00Z");
    private static final Instant JANUARY = Instant.parse("2025-01-10T10:00:00Z");
    private static final long HOSPITAL = 5;
    private static final long PROFESSIONAL = 7;
    private static final Account HOSPITAL_ACCOUNT = Account.hospital(HOSPITAL);
    private static final WalletId HOSPITAL_WALLET = new WalletId(50);

    private final Map<String, Long> sequences = new HashMap<>();
    private DashboardProjection projection;
    private AnnotationEventHandlerAdapter handler;

    @BeforeEach
    void emptyProjection() {
        projection = new DashboardProjection(
                new Counters(InMemoryRepository.of(DashboardCounterRepository.class, DashboardCounter::key)),
                new ProjectedStreams(InMemoryRepository.of(ProjectedStreamRepository.class,
                        ProjectedStream::aggregateId)),
                InMemoryRepository.of(DashboardShiftRepository.class, DashboardShift::shiftId),
                InMemoryRepository.of(DashboardPositionRepository.class, DashboardPosition::applicationId),
                InMemoryRepository.of(DashboardHireRepository.class, DashboardHire::key),
                new PlatformCalendar(Clock.fixed(FEBRUARY_IN_KOLKATA, KOLKATA), KOLKATA));
        handler = new AnnotationEventHandlerAdapter(projection);
    }

    @Test
    void aShiftMovesBetweenTheStatusCountersAsItsEventsArrive() throws Exception {
        ShiftId shift = new ShiftId(1);
        handle(shiftEvent(shift, created(shift)));
        assertThat(hospital().shifts()).isEqualTo(new ShiftCounts(1, 1, 0, 0, 0, 0));
        handle(shiftEvent(shift, new ShiftPublishedEvent(shift, 1, Money.ofRupees(1100), "TXN-1")));
        assertThat(hospital().shifts()).isEqualTo(new ShiftCounts(1, 0, 1, 0, 0, 0));
        assertThat(hospital().shifts().active()).isEqualTo(1);
        handle(shiftEvent(shift, new ProfessionalCheckedInEvent(shift, 11, PROFESSIONAL, JANUARY, false)));
        assertThat(hospital().shifts()).isEqualTo(new ShiftCounts(1, 0, 0, 1, 0, 0));
        handle(shiftEvent(shift, new ShiftCompletedEvent(shift)));

        assertThat(hospital().shifts()).isEqualTo(new ShiftCounts(1, 0, 0, 0, 1, 0));
        assertThat(hospital().shiftsFunded()).isEqualTo(1);
        assertThat(platform().shifts()).isEqualTo(new ShiftCounts(1, 0, 0, 0, 1, 0));
        assertThat(projection.handle(new CountShiftsQuery(HOSPITAL, "completed"))).isEqualTo(1);
        assertThat(projection.handle(new CountShiftsQuery(null, null))).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventIsCountedOnce() throws Exception {
        ShiftId shift = new ShiftId(2);
        EventMessage<?> creation = shiftEvent(shift, created(shift));
        EventMessage<?> funding = walletEvent(debit(Money.ofRupees(1100), TransactionCategory.SHIFT_PAYMENT,
                Account.shift(2)), JANUARY);
        handle(creation);
        handle(funding);
        handle(creation);
        handle(funding);

        assertThat(hospital().shifts().total()).isEqualTo(1);
        assertThat(projection.handle(new FindHospitalFiguresQuery(HOSPITAL, YearMonth.of(2025, 1))).spentPaise())
                .isEqualTo(1100_00);
    }

    @Test
    void spentIsWhatLeftForShiftsAndSosLessRefundsInThePlatformsMonths() throws Exception {
        handle(walletEvent(debit(Money.ofRupees(2200), TransactionCategory.SHIFT_PAYMENT, Account.shift(3)),
                JANUARY));
        handle(walletEvent(debit(Money.ofRupees(500), TransactionCategory.EMERGENCY_SOS, Account.sos(4)), JANUARY));
        handle(walletEvent(debit(Money.ofRupees(300), TransactionCategory.WITHDRAWAL, Account.withdrawal(9)),
                JANUARY));
        handle(walletEvent(credit(HOSPITAL_ACCOUNT, Money.ofRupees(1980), TransactionCategory.REFUND,
                refund().account()), FEBRUARY_IN_KOLKATA));

        HospitalFigures february = hospital();
        assertThat(february.spentPaise()).isEqualTo(720_00);
        assertThat(february.spentThisMonthPaise()).isEqualTo(-1980_00);
        assertThat(projection.handle(new FindHospitalFiguresQuery(HOSPITAL, YearMonth.of(2025, 1)))
                .spentThisMonthPaise()).isEqualTo(2700_00);
    }

    @Test
    void revenueCountsFeesAndServiceChargesOnceAndOnlyTheirs() throws Exception {
        ShiftId shift = new ShiftId(6);
        handle(shiftEvent(shift, created(shift)));
        handle(shiftEvent(shift, new ShiftApplicationAcceptedEvent(shift, 61, PROFESSIONAL)));
        handle(shiftEvent(shift, completed(shift, 61, Money.ofRupees(800), Money.ofRupees(80))));
        handle(shiftEvent(shift, new ShiftEscrowReleasedEvent(shift, HOSPITAL, HOSPITAL_WALLET, refund(),
                ReleaseReason.SHIFT_CANCELLED, Money.ofRupees(1100), Money.ofRupees(110), Money.ofRupees(990),
                JANUARY, FEBRUARY_IN_KOLKATA)));
        handle(walletEvent(new TopUpCapturedEvent(HOSPITAL_WALLET, HOSPITAL_ACCOUNT, "order_1", "pay_1",
                Money.ofRupees(5000), TopUpChannel.VERIFY, "TXN-2", Money.ofRupees(5000), Money.ZERO), JANUARY));

        PlatformFigures platform = platform();
        assertThat(platform.revenuePaise()).isEqualTo(190_00);
        assertThat(platform.monthlyRevenuePaise()).isEqualTo(new MonthOverMonth(0, 190_00));
        assertThat(hospital().serviceChargesPaidPaise()).isEqualTo(80_00);
        assertThat(hospital().professionalsHired()).isEqualTo(1);
        ProfessionalFigures professional = projection.handle(new FindProfessionalFiguresQuery(PROFESSIONAL,
                YearMonth.of(2025, 2)));
        assertThat(professional.completedShifts()).isEqualTo(1);
    }

    @Test
    void aCancelledShiftIsACancelledShiftOfEveryoneStillHoldingAPositionOnIt() throws Exception {
        ShiftId shift = new ShiftId(8);
        handle(shiftEvent(shift, created(shift)));
        handle(shiftEvent(shift, new ShiftPublishedEvent(shift, 1, Money.ofRupees(2200), "TXN-3")));
        handle(shiftEvent(shift, new ShiftApplicationAcceptedEvent(shift, 81, PROFESSIONAL)));
        handle(shiftEvent(shift, new ShiftApplicationAcceptedEvent(shift, 82, PROFESSIONAL + 1)));
        handle(shiftEvent(shift, completed(shift, 82, Money.ofRupees(1000), Money.ofRupees(100))));
        handle(shiftEvent(shift, new ShiftCancelledEvent(shift, "Ward closed")));
        handle(shiftEvent(shift, new ShiftCancelledEvent(shift, "Again")));

        assertThat(projection.handle(new FindProfessionalFiguresQuery(PROFESSIONAL, YearMonth.of(2025, 2)))
                .cancelledShifts()).isEqualTo(1);
        assertThat(projection.handle(new FindProfessionalFiguresQuery(PROFESSIONAL + 1, YearMonth.of(2025, 2)))
                .cancelledShifts()).isZero();
        assertThat(hospital().shifts()).isEqualTo(new ShiftCounts(1, 0, 0, 0, 0, 1));
        assertThat(hospital().professionalsHired()).isEqualTo(2);
    }

    @Test
    void aDiscardedDraftLeavesNoCountAndAResetEmptiesEverything() throws Exception {
        ShiftId kept = new ShiftId(10);
        ShiftId discarded = new ShiftId(11);
        handle(shiftEvent(kept, created(kept)));
        handle(shiftEvent(discarded, created(discarded)));
        handle(shiftEvent(discarded, new ShiftDiscardedEvent(discarded)));
        assertThat(hospital().shifts()).isEqualTo(new ShiftCounts(1, 1, 0, 0, 0, 0));

        handle(walletEvent(new WalletOpenedEvent(HOSPITAL_WALLET, OwnerType.HOSPITAL, HOSPITAL, "City Hospital",
                HOSPITAL_ACCOUNT), JANUARY));
        assertThat(platform().hospitalRegistrations()).isEqualTo(new MonthOverMonth(0, 1));
        handler.prepareReset();

        assertThat(hospital().shifts()).isEqualTo(ShiftCounts.NONE);
        assertThat(platform().hospitals()).isZero();
    }

    @Test
    void earningsAreShiftPayAndSosExtraPayCreditedToTheProfessional() throws Exception {
        Account professional = Account.professional(PROFESSIONAL);
        handle(walletEvent(credit(professional, Money.ofRupees(800), TransactionCategory.SHIFT_EARNING,
                Account.shift(12)), JANUARY));
        handle(walletEvent(credit(professional, Money.ofRupees(500), TransactionCategory.EMERGENCY_SOS_EXTRA_PAY,
                Account.sos(4)), FEBRUARY_IN_KOLKATA));
        handle(walletEvent(credit(professional, Money.ofRupees(300), TransactionCategory.WITHDRAWAL,
                Account.withdrawal(13)), FEBRUARY_IN_KOLKATA));

        ProfessionalFigures figures = projection.handle(new FindProfessionalFiguresQuery(PROFESSIONAL,
                YearMonth.of(2025, 2)));
        assertThat(figures.earnings()).isEqualTo(Money.ofRupees(1300));
        assertThat(figures.earningsThisMonth()).isEqualTo(Money.ofRupees(500));
    }

    private HospitalFigures hospital() {
        return projection.handle(new FindHospitalFiguresQuery(HOSPITAL, YearMonth.of(2025, 2)));
    }

    private PlatformFigures platform() {
        return projection.handle(new FindPlatformFiguresQuery(YearMonth.of(2025, 2)));
    }

    private void handle(EventMessage<?> message) throws Exception {
        handler.handle(message);
    }

    private EventMessage<?> shiftEvent(ShiftId shift, Object payload) {
        return event("Shift", shift.toString(), payload, JANUARY);
    }

    private EventMessage<?> walletEvent(Object payload, Instant at) {
        return event("Wallet", "wallet-" + UUID.randomUUID(), payload, at);
    }

    private EventMessage<?> event(String type, String aggregateId, Object payload, Instant at) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), at);
    }

    private static ShiftCreatedEvent created(ShiftId shift) {
        return new ShiftCreatedEvent(shift, HOSPITAL, "City Hospital", HOSPITAL_WALLET, "SFT-TEST", null, null, null,
                null, null, false, null);
    }

    private static PositionCompletedEvent completed(ShiftId shift, long applicationId, Money pay, Money charge) {
        return new PositionCompletedEvent(shift, applicationId, PROFESSIONAL, new WalletId(70), JANUARY, JANUARY,
                480, 480, pay, charge, false, null);
    }

    private static WalletDebitedEvent debit(Money amount, TransactionCategory category, Account counterparty) {
        return new WalletDebitedEvent(HOSPITAL_WALLET, HOSPITAL_ACCOUNT, amount, counterparty, category, "ref",
                "TXN-D", "debit", Money.ZERO, Money.ZERO);
    }

    private static WalletCreditedEvent credit(Account account, Money amount, TransactionCategory category,
                                              Account counterparty) {
        return new WalletCreditedEvent(HOSPITAL_WALLET, account, amount, counterparty, category, "ref", "TXN-C",
                "credit", Money.ZERO, Money.ZERO);
    }

    private static RefundId refund() {
        return new RefundId("REF-ABCDEFGHIJKL");
    }
}
