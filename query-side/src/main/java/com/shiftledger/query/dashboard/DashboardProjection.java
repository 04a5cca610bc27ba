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
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionalCheckedInEvent;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDiscardedEvent;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPositionReopenedEvent;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftStatus;
import com.shiftledger.api.wallet.OwnerType;
import com.shiftledger.api.wallet.WalletCreditedEvent;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Counts what the dashboards show as the events arrive: per hospital, per professional and for the platform, in all
 * and per month of the platform's calendar (the month an event was stored in). It runs in one segment, so every
 * counter has one writer and sees the events in the order they were stored; each aggregate's events are counted
 * once (see {@link ProjectedStreams}); a reset empties every table and the replay counts everything again.
 *
 * <p>A shift moves between the status counters as the shift read model moves it: created as a draft, published
 * when funded, in progress from the first check-in or completed position, completed when settled, cancelled.
 */
@Component
@ProcessingGroup(DashboardProjection.PROCESSING_GROUP)
class DashboardProjection {

    static final String PROCESSING_GROUP = "dashboard-projection";
    /** What left a hospital's wallet and counts as spent. */
    static final Set<TransactionCategory> SPENDING = Set.of(TransactionCategory.SHIFT_PAYMENT,
            TransactionCategory.EMERGENCY_SOS);
    /** What came back to a hospital's wallet and is taken off what it spent. */
    static final Set<TransactionCategory> REFUNDS = Set.of(TransactionCategory.REFUND,
            TransactionCategory.EMERGENCY_SOS_REFUND);
    /** What a professional's wallet was paid for work. */
    static final Set<TransactionCategory> EARNINGS = Set.of(TransactionCategory.SHIFT_EARNING,
            TransactionCategory.EMERGENCY_SOS_EXTRA_PAY);

    private final Counters counters;
    private final ProjectedStreams streams;
    private final DashboardShiftRepository shifts;
    private final DashboardPositionRepository positions;
    private final DashboardHireRepository hires;
    private final PlatformCalendar calendar;

    DashboardProjection(Counters counters, ProjectedStreams streams, DashboardShiftRepository shifts,
                        DashboardPositionRepository positions, DashboardHireRepository hires,
                        PlatformCalendar calendar) {
        this.counters = counters;
        this.streams = streams;
        this.shifts = shifts;
        this.positions = positions;
        this.hires = hires;
        this.calendar = calendar;
    }

    @EventHandler
    void on(WalletOpenedEvent event, EventMessage<?> message) {
        if (streams.takes(message)) {
            Figure registered = event.ownerType() == OwnerType.HOSPITAL ? Figure.HOSPITALS : Figure.PROFESSIONALS;
            counters.add(registered, 1, Scope.PLATFORM, Scope.platform(monthOf(message)));
        }
    }

    @EventHandler
    void on(ShiftCreatedEvent event, EventMessage<?> message) {
        long shiftId = event.shiftId().value();
        if (!streams.takes(message) || shifts.existsById(shiftId)) {
            return;
        }
        DashboardShift shift = shifts.save(new DashboardShift(shiftId, event.hospitalId(), monthOf(message)));
        counters.add(Figure.SHIFTS, 1, shift.scopes());
        counters.add(Figure.shiftsIn(ShiftStatus.DRAFT), 1, shift.scopes());
    }

    /** A draft that could not be funded when it was created is forgotten, as the shift read model forgets it. */
    @EventHandler
    void on(ShiftDiscardedEvent event, EventMessage<?> message) {
        Optional<DashboardShift> discarded = shift(event.shiftId());
        if (discarded.isPresent() && streams.takes(message)) {
            DashboardShift shift = discarded.get();
            counters.add(Figure.SHIFTS, -1, shift.scopes());
            counters.add(Figure.shiftsIn(shift.status()), -1, shift.scopes());
            shifts.delete(shift);
        }
    }

    @EventHandler
    void on(ShiftPublishedEvent event, EventMessage<?> message) {
        shift(event.shiftId()).filter(shift -> streams.takes(message)).ifPresent(shift -> {
            if (shift.is(ShiftStatus.DRAFT)) {
                moveTo(shift, ShiftStatus.PUBLISHED);
            }
            if (shift.funded()) {
                counters.add(Figure.FUNDED_SHIFTS, 1, Scope.hospital(shift.hospitalId()));
            }
        });
    }

    @EventHandler
    void on(ProfessionalCheckedInEvent event, EventMessage<?> message) {
        shift(event.shiftId()).filter(shift -> shift.is(ShiftStatus.PUBLISHED) && streams.takes(message))
                .ifPresent(shift -> moveTo(shift, ShiftStatus.IN_PROGRESS));
    }

    @EventHandler
    void on(ShiftApplicationAcceptedEvent event, EventMessage<?> message) {
        Optional<DashboardShift> accepted = shift(event.shiftId());
        if (accepted.isEmpty() || positions.existsById(event.applicationId()) || !streams.takes(message)) {
            return;
        }
        long hospitalId = accepted.get().hospitalId();
        positions.save(new DashboardPosition(event.applicationId(), event.shiftId().value(), event.professionalId()));
        if (!hires.existsById(DashboardHire.keyOf(hospitalId, event.professionalId()))) {
            hires.save(new DashboardHire(hospitalId, event.professionalId()));
            counters.add(Figure.PROFESSIONALS_HIRED, 1, Scope.hospital(hospitalId));
        }
    }

    @EventHandler
    void on(PositionCompletedEvent event, EventMessage<?> message) {
        if (!streams.takes(message)) {
            return;
        }
        positions.findById(event.applicationId()).ifPresent(position -> position.ends(DashboardPosition.COMPLETED));
        counters.add(Figure.COMPLETED_POSITIONS, 1, Scope.professional(event.professionalId()));
        shift(event.shiftId()).ifPresent(shift -> {
            if (shift.is(ShiftStatus.PUBLISHED)) {
                moveTo(shift, ShiftStatus.IN_PROGRESS);
            }
            counters.add(Figure.SERVICE_CHARGES_PAID, event.serviceCharge().paise(),
                    Scope.hospital(shift.hospitalId()));
        });
        addRevenue(earnedByPlatform(event), message);
    }

    @EventHandler
    void on(ProfessionalMarkedNoShowEvent event, EventMessage<?> message) {
        positions.findById(event.applicationId()).filter(DashboardPosition::isHeld)
                .filter(position -> streams.takes(message))
                .ifPresent(position -> position.ends(DashboardPosition.NO_SHOW));
    }

    @EventHandler
    void on(ShiftPositionReopenedEvent event, EventMessage<?> message) {
        positions.findById(event.applicationId()).filter(DashboardPosition::isHeld)
                .filter(position -> streams.takes(message))
                .ifPresent(position -> position.ends(DashboardPosition.REOPENED));
    }

    @EventHandler
    void on(ShiftCompletedEvent event, EventMessage<?> message) {
        shift(event.shiftId())
                .filter(shift -> !shift.is(ShiftStatus.CANCELLED) && !shift.is(ShiftStatus.COMPLETED))
                .filter(shift -> streams.takes(message))
                .ifPresent(shift -> moveTo(shift, ShiftStatus.COMPLETED));
    }

    /** A cancelled shift ends the positions still held on it: each is a cancelled shift of its professional. */
    @EventHandler
    void on(ShiftCancelledEvent event, EventMessage<?> message) {
        shift(event.shiftId()).filter(shift -> !shift.is(ShiftStatus.CANCELLED))
                .filter(shift -> streams.takes(message))
                .ifPresent(shift -> {
                    moveTo(shift, ShiftStatus.CANCELLED);
                    positions.findByShiftId(shift.shiftId()).stream()
                            .filter(position -> position.ends(DashboardPosition.CANCELLED))
                            .forEach(position -> counters.add(Figure.CANCELLED_POSITIONS, 1,
                                    Scope.professional(position.professionalId())));
                });
    }

    @EventHandler
    void on(ShiftEscrowReleasedEvent event, EventMessage<?> message) {
        countRevenueOf(event, message);
    }

    @EventHandler
    void on(WalletDebitedEvent event, EventMessage<?> message) {
        boolean spent = isHospital(event.account()) && SPENDING.contains(event.category());
        long earned = earnedByPlatform(event);
        if ((spent || earned != 0) && streams.takes(message)) {
            if (spent) {
                addSpent(ownerOf(event.account()), event.amount().paise(), message);
            }
            addRevenue(earned, message);
        }
    }

    @EventHandler
    void on(WalletCreditedEvent event, EventMessage<?> message) {
        boolean refunded = isHospital(event.account()) && REFUNDS.contains(event.category());
        boolean earnedByWork = isProfessional(event.account()) && EARNINGS.contains(event.category());
        long earned = earnedByPlatform(event);
        if ((refunded || earnedByWork || earned != 0) && streams.takes(message)) {
            if (refunded) {
                addSpent(ownerOf(event.account()), -event.amount().paise(), message);
            }
            if (earnedByWork) {
                long professionalId = ownerOf(event.account());
                counters.add(Figure.EARNINGS, event.amount().paise(), Scope.professional(professionalId),
                        Scope.professional(professionalId, monthOf(message)));
            }
            addRevenue(earned, message);
        }
    }

    /** Any other movement of money: only what it gives {@code platform:revenue} or takes from it counts here. */
    @EventHandler
    void on(MoneyMovement movement, EventMessage<?> message) {
        countRevenueOf(movement, message);
    }

    @ResetHandler
    void reset() {
        counters.clear();
        streams.clear();
        shifts.deleteAllInBatch();
        positions.deleteAllInBatch();
        hires.deleteAllInBatch();
    }

    @QueryHandler
    HospitalFigures handle(FindHospitalFiguresQuery query) {
        String hospital = Scope.hospital(query.hospitalId());
        String month = Scope.hospital(query.hospitalId(), query.month());
        Counters.Reading reading = counters.read(List.of(hospital, month));
        return new HospitalFigures(query.hospitalId(), shiftCounts(reading, hospital), shiftCounts(reading, month),
                reading.of(Figure.FUNDED_SHIFTS, hospital), reading.of(Figure.SPENT, hospital),
                reading.of(Figure.SPENT, month), reading.of(Figure.SERVICE_CHARGES_PAID, hospital),
                reading.of(Figure.PROFESSIONALS_HIRED, hospital));
    }

    @QueryHandler
    ProfessionalFigures handle(FindProfessionalFiguresQuery query) {
        String professional = Scope.professional(query.professionalId());
        String month = Scope.professional(query.professionalId(), query.month());
        Counters.Reading reading = counters.read(List.of(professional, month));
        return new ProfessionalFigures(query.professionalId(), reading.of(Figure.COMPLETED_POSITIONS, professional),
                reading.of(Figure.CANCELLED_POSITIONS, professional),
                Money.ofPaise(reading.of(Figure.EARNINGS, professional)),
                Money.ofPaise(reading.of(Figure.EARNINGS, month)));
    }

    @QueryHandler
    PlatformFigures handle(FindPlatformFiguresQuery query) {
        String thisMonth = Scope.platform(query.month());
        String lastMonth = Scope.platform(query.month().minusMonths(1));
        Counters.Reading reading = counters.read(List.of(Scope.PLATFORM, thisMonth, lastMonth));
        return new PlatformFigures(reading.of(Figure.HOSPITALS, Scope.PLATFORM),
                monthOverMonth(reading, Figure.HOSPITALS, thisMonth, lastMonth),
                reading.of(Figure.PROFESSIONALS, Scope.PLATFORM),
                monthOverMonth(reading, Figure.PROFESSIONALS, thisMonth, lastMonth),
                shiftCounts(reading, Scope.PLATFORM), reading.of(Figure.REVENUE, Scope.PLATFORM),
                monthOverMonth(reading, Figure.REVENUE, thisMonth, lastMonth));
    }

    @QueryHandler
    Long handle(CountShiftsQuery query) {
        String scope = query.hospitalId() == null ? Scope.PLATFORM : Scope.hospital(query.hospitalId());
        Figure figure = query.status() == null ? Figure.SHIFTS
                : Figure.shiftsIn(ShiftStatus.valueOf(query.status().toUpperCase(Locale.ROOT)));
        return counters.read(List.of(scope)).of(figure, scope);
    }

    private void moveTo(DashboardShift shift, ShiftStatus status) {
        counters.add(Figure.shiftsIn(shift.status()), -1, shift.scopes());
        counters.add(Figure.shiftsIn(status), 1, shift.scopes());
        shift.moveTo(status);
    }

    /** Counts the revenue of a movement that counts for nothing else, once. */
    private void countRevenueOf(MoneyMovement movement, EventMessage<?> message) {
        long earned = earnedByPlatform(movement);
        if (earned != 0 && streams.takes(message)) {
            addRevenue(earned, message);
        }
    }

    /** Revenue in the month the event was stored; the caller has taken the event (see {@link ProjectedStreams}). */
    private void addRevenue(long earned, EventMessage<?> message) {
        counters.add(Figure.REVENUE, earned, Scope.PLATFORM, Scope.platform(monthOf(message)));
    }

    private void addSpent(long hospitalId, long paise, EventMessage<?> message) {
        counters.add(Figure.SPENT, paise, Scope.hospital(hospitalId), Scope.hospital(hospitalId, monthOf(message)));
    }

    /** What a movement gave {@code platform:revenue}, less what it took from it, in paise. */
    private static long earnedByPlatform(MoneyMovement movement) {
        long earned = 0;
        for (Posting posting : movement.postings()) {
            if (posting.to().equals(Account.PLATFORM_REVENUE)) {
                earned += posting.amount().paise();
            }
            if (posting.from().equals(Account.PLATFORM_REVENUE)) {
                earned -= posting.amount().paise();
            }
        }
        return earned;
    }

    private Optional<DashboardShift> shift(ShiftId shiftId) {
        return shifts.findById(shiftId.value());
    }

    private YearMonth monthOf(EventMessage<?> message) {
        return YearMonth.from(calendar.local(message.getTimestamp()));
    }

    private static ShiftCounts shiftCounts(Counters.Reading reading, String scope) {
        return new ShiftCounts(reading.of(Figure.SHIFTS, scope),
                reading.of(Figure.shiftsIn(ShiftStatus.DRAFT), scope),
                reading.of(Figure.shiftsIn(ShiftStatus.PUBLISHED), scope),
                reading.of(Figure.shiftsIn(ShiftStatus.IN_PROGRESS), scope),
                reading.of(Figure.shiftsIn(ShiftStatus.COMPLETED), scope),
                reading.of(Figure.shiftsIn(ShiftStatus.CANCELLED), scope));
    }

    private static MonthOverMonth monthOverMonth(Counters.Reading reading, Figure figure, String thisMonth,
                                                 String lastMonth) {
        return new MonthOverMonth(reading.of(figure, thisMonth), reading.of(figure, lastMonth));
    }

    private static boolean isHospital(Account account) {
        return account.kind().equals("hospital");
    }

    private static boolean isProfessional(Account account) {
        return account.kind().equals("professional");
    }

    private static long ownerOf(Account account) {
        return Long.parseLong(account.reference());
    }
}
