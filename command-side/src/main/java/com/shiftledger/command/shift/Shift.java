package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.shift.AbandonShiftFundingCommand;
import com.shiftledger.api.shift.ApplicationStatus;
import com.shiftledger.api.rejection.FieldErrors;
import com.shiftledger.api.shift.ApplyForShiftCommand;
import com.shiftledger.api.shift.ClaimedAmounts;
import com.shiftledger.api.shift.DiscardShiftCommand;
import com.shiftledger.api.shift.ShiftDiscardedEvent;
import com.shiftledger.api.shift.CancelShiftCommand;
import com.shiftledger.api.shift.CheckInCommand;
import com.shiftledger.api.shift.CheckOutCommand;
import com.shiftledger.api.shift.ConfirmShiftFundingCommand;
import com.shiftledger.api.shift.CreateShiftCommand;
import com.shiftledger.api.shift.DecideShiftApplicationCommand;
import com.shiftledger.api.shift.FundingRequest;
import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.shift.MarkNoShowCommand;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionalCheckedInEvent;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.PublishShiftCommand;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.ReviseShiftCommand;
import com.shiftledger.api.shift.RevisionOutcome;
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
import com.shiftledger.api.shift.ShiftFundingAbandonedEvent;
import com.shiftledger.api.shift.ShiftFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftFundsReceivedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPayRaisedEvent;
import com.shiftledger.api.shift.ShiftPrice;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftStatus;
import com.shiftledger.api.shift.ShiftTerms;
import com.shiftledger.api.shift.WithdrawShiftApplicationCommand;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A shift and its escrow. It decides what its pay costs, asks the hospital's wallet for funding, takes
 * applications up to its positions, records attendance, pays each completed position once, and releases
 * what is no longer needed into refunds. Its escrow never goes below zero.
 */
@Aggregate
class Shift {

    static final String SHIFT_ENDED_DEADLINE = "shift-ended";
    static final Duration CHECK_IN_OPENS_BEFORE_START = Duration.ofMinutes(60);
    static final long GEOFENCE_METRES = 500;

    static final String SHIFT_NOT_FOUND = "Shift not found.";
    static final String APPLICATION_NOT_FOUND = "Application not found.";
    static final String NOT_A_DRAFT = "Only a draft shift can be published.";
    static final String CANNOT_CHANGE = "This shift can no longer be changed: work on it has started or it has ended.";
    static final String POSITIONS_BELOW_ACCEPTED = "The positions required cannot be fewer than the accepted applications.";
    static final String PROFESSION_FIXED = "The profession type cannot change once professionals have applied.";
    static final String CANNOT_CANCEL = "This shift can no longer be cancelled: work on it has started or it has ended.";
    static final String NOT_OPEN = "This shift is not open for applications.";
    static final String WRONG_PROFESSION = "This shift is for another profession.";
    static final String NO_OPEN_POSITIONS = "All positions of this shift are filled.";
    static final String ALREADY_APPLIED = "You have already applied for this shift.";
    static final String NOT_PENDING = "Only a pending application can be changed.";
    static final String NOT_ACCEPTED = "You are not accepted for this shift.";
    static final String CHECK_IN_WINDOW = "Check-in is open from 60 minutes before the shift starts until it ends.";
    static final String TOO_FAR = "You must be within 500 m of the hospital to check in.";
    static final String ALREADY_CHECKED_IN = "You have already checked in for this shift.";
    static final String NOT_CHECKED_IN = "You have not checked in for this shift.";
    static final String ALREADY_ENDED = "The shift must end in the future.";
    static final String NOT_DISCARDABLE = "Only an unfunded draft without applications can be discarded.";
    static final String ESCROW_SHORT = "The shift's escrow cannot cover this position.";
    static final String ATTENDANCE_CLOSED = "The attendance of this professional is already final.";

    @AggregateIdentifier
    private ShiftId shiftId;
    private long hospitalId;
    private WalletId walletId;
    private ShiftStatus status;
    private ShiftDetails details;
    private ShiftSchedule schedule;
    private ShiftTerms terms;
    private GeoPoint location;
    private long escrow;
    private int fundings;
    private int releases;
    private PendingFunding pendingFunding;
    private boolean ended;
    private Map<Long, Application> applications = new LinkedHashMap<>();
    private Set<Integer> receivedFundings = new HashSet<>();

    /** A funding the shift waits for, with the revision it pays for (null when it publishes the shift). */
    record PendingFunding(int number, long amount, boolean publish, ShiftDetails details, ShiftSchedule schedule,
                          ShiftTerms terms) {
    }

    /** What the shift remembers of an application and its attendance. */
    record Application(long professionalId, WalletId walletId, ApplicationStatus status, Instant checkedInAt,
                       boolean done) {

        Application withStatus(ApplicationStatus newStatus) {
            return new Application(professionalId, walletId, newStatus, checkedInAt, done);
        }

        Application checkedIn(Instant at) {
            return new Application(professionalId, walletId, status, at, done);
        }

        Application finished() {
            return new Application(professionalId, walletId, status, checkedInAt, true);
        }

        boolean isAccepted() {
            return status == ApplicationStatus.ACCEPTED;
        }

        boolean isOpenWork() {
            return isAccepted() && !done;
        }
    }

    protected Shift() {
        // required by Axon to rebuild the shift from its events
    }

    @CommandHandler
    Shift(CreateShiftCommand command) {
        apply(new ShiftCreatedEvent(command.shiftId(), command.hospitalId(), command.hospitalName(),
                command.walletId(), command.shiftCode(), command.details(), command.schedule(), command.terms(),
                command.terms().price(command.schedule().scheduledMinutes()), command.location()));
    }

    @CommandHandler
    FundingRequest handle(PublishShiftCommand command) {
        requireHospital(command.hospitalId());
        if (pendingFunding != null && pendingFunding.publish()) {
            return fundingRequest(pendingFunding);
        }
        if (status != ShiftStatus.DRAFT) {
            throw RejectedException.conflict(NOT_A_DRAFT);
        }
        if (!schedule.endsAt().isAfter(command.at())) {
            throw RejectedException.invalid("shift_date", ALREADY_ENDED);
        }
        ShiftPrice price = terms.price(schedule.scheduledMinutes());
        apply(new ShiftFundingRequestedEvent(shiftId, fundings + 1, price.total(), true, null, null, null, null));
        return fundingRequest(pendingFunding);
    }

    @CommandHandler
    RevisionOutcome handle(ReviseShiftCommand command, DeadlineManager deadlines) {
        requireHospital(command.hospitalId());
        if (!isChangeable()) {
            throw RejectedException.invalid("status", CANNOT_CHANGE);
        }
        Revision revision = Revision.of(details, schedule, terms, command.changes(), command.zone());
        if (!revision.schedule().endsAt().isAfter(command.at())) {
            throw RejectedException.invalid("shift_date", ALREADY_ENDED);
        }
        ShiftPrice newPrice = revision.price();
        long difference = status == ShiftStatus.DRAFT ? 0 : newPrice.total().paise() - escrow;
        requireClaimsMatch(command.claimed(), newPrice, difference);
        if (status == ShiftStatus.DRAFT) {
            apply(new ShiftRevisedEvent(shiftId, revision.details(), revision.schedule(), revision.terms(), newPrice));
            return RevisionOutcome.none();
        }
        if (revision.terms().positions() < acceptedCount()) {
            throw RejectedException.invalid("positions_required", POSITIONS_BELOW_ACCEPTED);
        }
        if (revision.details().professionType() != details.professionType() && !applications.isEmpty()) {
            throw RejectedException.invalid("profession_type", PROFESSION_FIXED);
        }
        if (difference > 0 && isAwaitingFundingOf(revision)) {
            return new RevisionOutcome(fundingRequest(pendingFunding), null, null, null, null);
        }
        if (difference > 0) {
            apply(new ShiftFundingRequestedEvent(shiftId, fundings + 1, Money.ofPaise(difference), false,
                    revision.details(), revision.schedule(), revision.terms(), newPrice));
            return new RevisionOutcome(fundingRequest(pendingFunding), null, null, null, null);
        }
        apply(new ShiftRevisedEvent(shiftId, revision.details(), revision.schedule(), revision.terms(), newPrice));
        rescheduleEnd(deadlines);
        if (difference == 0) {
            return RevisionOutcome.none();
        }
        ShiftEscrowReleasedEvent released = release(ReleaseReason.PAY_LOWERED, -difference,
                command.refundFeePercent(), command.at());
        return new RevisionOutcome(null, released.refundId(), released.released(), released.fee(),
                released.refundAmount());
    }

    @CommandHandler
    void handle(ConfirmShiftFundingCommand command, DeadlineManager deadlines) {
        if (receivedFundings.contains(command.fundingNumber())) {
            return;
        }
        if (!isPending(command.fundingNumber()) || pendingFunding.amount() != command.amount().paise()) {
            apply(new ShiftFundsReceivedEvent(shiftId, command.fundingNumber(), command.amount(),
                    command.transactionId()));
            release(ReleaseReason.EXCESS_FUNDING, command.amount().paise(), BigDecimal.ZERO, command.paidAt());
            return;
        }
        PendingFunding funding = pendingFunding;
        if (funding.publish()) {
            apply(new ShiftPublishedEvent(shiftId, funding.number(), command.amount(), command.transactionId()));
        } else {
            apply(new ShiftPayRaisedEvent(shiftId, funding.number(), command.amount(), command.transactionId(),
                    funding.details(), funding.schedule(), funding.terms(),
                    funding.terms().price(funding.schedule().scheduledMinutes())));
        }
        rescheduleEnd(deadlines);
    }

    @CommandHandler
    void handle(AbandonShiftFundingCommand command) {
        if (isPending(command.fundingNumber())) {
            apply(new ShiftFundingAbandonedEvent(shiftId, command.fundingNumber()));
        }
    }

    @CommandHandler
    RevisionOutcome handle(CancelShiftCommand command, DeadlineManager deadlines) {
        requireHospital(command.hospitalId());
        if (status == ShiftStatus.CANCELLED) {
            return RevisionOutcome.none();
        }
        if (!isChangeable()) {
            throw RejectedException.invalid("status", CANNOT_CANCEL);
        }
        if (pendingFunding != null) {
            apply(new ShiftFundingAbandonedEvent(shiftId, pendingFunding.number()));
        }
        apply(new ShiftCancelledEvent(shiftId, command.reason()));
        deadlines.cancelAllWithinScope(SHIFT_ENDED_DEADLINE);
        if (escrow == 0) {
            return RevisionOutcome.none();
        }
        ShiftEscrowReleasedEvent released = release(ReleaseReason.SHIFT_CANCELLED, escrow, command.refundFeePercent(),
                command.at());
        return new RevisionOutcome(null, released.refundId(), released.released(), released.fee(),
                released.refundAmount());
    }

    @CommandHandler
    void handle(ApplyForShiftCommand command) {
        if (status == ShiftStatus.DRAFT) {
            throw RejectedException.notFound(SHIFT_NOT_FOUND);
        }
        if (!isOpenForWork()) {
            throw RejectedException.invalid("shift_id", NOT_OPEN);
        }
        if (command.professionType() != details.professionType()) {
            throw RejectedException.invalid("profession_type", WRONG_PROFESSION);
        }
        if (hasApplied(command.professionalId())) {
            throw RejectedException.conflict(ALREADY_APPLIED);
        }
        if (!hasOpenPositions()) {
            throw RejectedException.invalid("shift_id", NO_OPEN_POSITIONS);
        }
        apply(new ShiftApplicationSubmittedEvent(shiftId, command.applicationId(), command.professionalId(),
                command.professionalName(), command.professionType(), command.professionalWalletId(),
                command.coverNote()));
    }

    @CommandHandler
    void handle(WithdrawShiftApplicationCommand command) {
        Application application = applications.get(command.applicationId());
        if (application == null || application.professionalId() != command.professionalId()) {
            throw RejectedException.notFound(APPLICATION_NOT_FOUND);
        }
        if (application.status() != ApplicationStatus.PENDING) {
            throw RejectedException.invalid("status", NOT_PENDING);
        }
        apply(new ShiftApplicationWithdrawnEvent(shiftId, command.applicationId(), command.professionalId()));
    }

    @CommandHandler
    void handle(DecideShiftApplicationCommand command) {
        requireHospital(command.hospitalId());
        Application application = applications.get(command.applicationId());
        if (application == null) {
            throw RejectedException.notFound(APPLICATION_NOT_FOUND);
        }
        if (application.status() != ApplicationStatus.PENDING) {
            throw RejectedException.invalid("status", NOT_PENDING);
        }
        if (!command.accept()) {
            apply(new ShiftApplicationRejectedEvent(shiftId, command.applicationId(), application.professionalId()));
            return;
        }
        if (!isOpenForWork()) {
            throw RejectedException.invalid("shift_id", NOT_OPEN);
        }
        if (!hasOpenPositions()) {
            throw RejectedException.invalid("shift_id", NO_OPEN_POSITIONS);
        }
        apply(new ShiftApplicationAcceptedEvent(shiftId, command.applicationId(), application.professionalId()));
    }

    @CommandHandler
    void handle(CheckInCommand command) {
        if (command.markedByHospital()) {
            requireHospital(command.markingHospitalId());
        }
        Map.Entry<Long, Application> entry = acceptedApplicationOf(command.professionalId());
        Application application = entry.getValue();
        if (application.done()) {
            throw RejectedException.invalid("status", ATTENDANCE_CLOSED);
        }
        if (application.checkedInAt() != null) {
            throw RejectedException.conflict(ALREADY_CHECKED_IN);
        }
        if (!command.markedByHospital()) {
            requireCheckInWindow(command.at());
            requireNearHospital(command.position());
        }
        apply(new ProfessionalCheckedInEvent(shiftId, entry.getKey(), command.professionalId(), command.at(),
                command.markedByHospital()));
    }

    @CommandHandler
    PositionCompletedEvent handle(CheckOutCommand command) {
        if (command.markedByHospital()) {
            requireHospital(command.markingHospitalId());
        }
        Map.Entry<Long, Application> entry = acceptedApplicationOf(command.professionalId());
        Application application = entry.getValue();
        if (application.done()) {
            throw RejectedException.invalid("status", ATTENDANCE_CLOSED);
        }
        if (application.checkedInAt() == null && !command.markedByHospital()) {
            throw RejectedException.invalid("status", NOT_CHECKED_IN);
        }
        long scheduled = schedule.scheduledMinutes();
        Instant checkedInAt = application.checkedInAt();
        long worked = checkedInAt == null ? scheduled
                : Math.max(0, Duration.between(checkedInAt, command.at()).toMinutes());
        long paid = Math.min(worked, scheduled);
        Money professionalPay = terms.professionalPayFor(paid);
        Money serviceCharge = professionalPay.percent(terms.serviceChargePercent());
        if (!hasEscrowFor(professionalPay.plus(serviceCharge))) {
            throw RejectedException.conflict(ESCROW_SHORT);
        }
        PositionCompletedEvent completed = new PositionCompletedEvent(shiftId, entry.getKey(),
                command.professionalId(), application.walletId(), checkedInAt, command.at(), worked, paid,
                professionalPay, serviceCharge, command.markedByHospital(), command.remarks());
        apply(completed);
        settleIfDone(command.at());
        return completed;
    }

    @CommandHandler
    void handle(DiscardShiftCommand command) {
        requireHospital(command.hospitalId());
        if (status != ShiftStatus.DRAFT || escrow != 0 || !applications.isEmpty()) {
            throw RejectedException.conflict(NOT_DISCARDABLE);
        }
        if (pendingFunding != null) {
            apply(new ShiftFundingAbandonedEvent(shiftId, pendingFunding.number()));
        }
        apply(new ShiftDiscardedEvent(shiftId));
    }

    @CommandHandler
    void handle(MarkNoShowCommand command) {
        requireHospital(command.hospitalId());
        Map.Entry<Long, Application> entry = acceptedApplicationOf(command.professionalId());
        if (entry.getValue().done() || entry.getValue().checkedInAt() != null) {
            throw RejectedException.invalid("status", ATTENDANCE_CLOSED);
        }
        apply(new ProfessionalMarkedNoShowEvent(shiftId, entry.getKey(), command.professionalId(),
                command.remarks()));
        settleIfDone(command.at());
    }

    @DeadlineHandler(deadlineName = SHIFT_ENDED_DEADLINE)
    void onShiftEnded() {
        if (status != ShiftStatus.PUBLISHED && status != ShiftStatus.IN_PROGRESS) {
            return;
        }
        apply(new ShiftEndedEvent(shiftId));
        settleIfDone(schedule.endsAt());
    }

    @EventSourcingHandler
    void on(ShiftCreatedEvent event) {
        shiftId = event.shiftId();
        hospitalId = event.hospitalId();
        walletId = event.walletId();
        status = ShiftStatus.DRAFT;
        details = event.details();
        schedule = event.schedule();
        terms = event.terms();
        location = event.location();
    }

    @EventSourcingHandler
    void on(ShiftRevisedEvent event) {
        details = event.details();
        schedule = event.schedule();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ShiftFundingRequestedEvent event) {
        fundings = event.fundingNumber();
        pendingFunding = new PendingFunding(event.fundingNumber(), event.amount().paise(), event.publish(),
                event.details(), event.schedule(), event.terms());
    }

    @EventSourcingHandler
    void on(ShiftFundingAbandonedEvent event) {
        fundings = Math.max(fundings, event.fundingNumber());
        if (isPending(event.fundingNumber())) {
            pendingFunding = null;
        }
    }

    @EventSourcingHandler
    void on(ShiftFundsReceivedEvent event) {
        receivedFundings.add(event.fundingNumber());
        escrow += event.amount().paise();
    }

    @EventSourcingHandler
    void on(ShiftPublishedEvent event) {
        receivedFundings.add(event.fundingNumber());
        pendingFunding = null;
        status = ShiftStatus.PUBLISHED;
        escrow += event.amount().paise();
    }

    @EventSourcingHandler
    void on(ShiftPayRaisedEvent event) {
        receivedFundings.add(event.fundingNumber());
        pendingFunding = null;
        escrow += event.amount().paise();
        details = event.details();
        schedule = event.schedule();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ShiftEscrowReleasedEvent event) {
        releases++;
        escrow -= event.released().paise();
    }

    @EventSourcingHandler
    void on(ShiftCancelledEvent event) {
        status = ShiftStatus.CANCELLED;
        pendingFunding = null;
    }

    @EventSourcingHandler
    void on(ShiftApplicationSubmittedEvent event) {
        applications.put(event.applicationId(), new Application(event.professionalId(),
                event.professionalWalletId(), ApplicationStatus.PENDING, null, false));
    }

    @EventSourcingHandler
    void on(ShiftApplicationWithdrawnEvent event) {
        applications.computeIfPresent(event.applicationId(), (id, a) -> a.withStatus(ApplicationStatus.WITHDRAWN));
    }

    @EventSourcingHandler
    void on(ShiftApplicationAcceptedEvent event) {
        applications.computeIfPresent(event.applicationId(), (id, a) -> a.withStatus(ApplicationStatus.ACCEPTED));
    }

    @EventSourcingHandler
    void on(ShiftApplicationRejectedEvent event) {
        applications.computeIfPresent(event.applicationId(), (id, a) -> a.withStatus(ApplicationStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(ProfessionalCheckedInEvent event) {
        status = ShiftStatus.IN_PROGRESS;
        applications.computeIfPresent(event.applicationId(), (id, a) -> a.checkedIn(event.at()));
    }

    @EventSourcingHandler
    void on(PositionCompletedEvent event) {
        status = ShiftStatus.IN_PROGRESS;
        escrow -= event.professionalPay().paise() + event.serviceCharge().paise();
        applications.computeIfPresent(event.applicationId(), (id, a) -> a.finished());
    }

    @EventSourcingHandler
    void on(ProfessionalMarkedNoShowEvent event) {
        applications.computeIfPresent(event.applicationId(), (id, a) -> a.finished());
    }

    @EventSourcingHandler
    void on(ShiftDiscardedEvent event) {
        AggregateLifecycle.markDeleted();
    }

    @EventSourcingHandler
    void on(ShiftEndedEvent event) {
        ended = true;
    }

    @EventSourcingHandler
    void on(ShiftCompletedEvent event) {
        status = ShiftStatus.COMPLETED;
    }

    /** Settles the shift once no accepted position has work left and no further work can come. */
    private void settleIfDone(Instant at) {
        boolean workLeft = applications.values().stream().anyMatch(Application::isOpenWork);
        boolean morePositionsPossible = !ended && acceptedCount() < terms.positions();
        if (workLeft || morePositionsPossible) {
            return;
        }
        apply(new ShiftCompletedEvent(shiftId));
        if (escrow > 0) {
            release(ReleaseReason.SHIFT_SETTLED, escrow, BigDecimal.ZERO, at);
        }
    }

    private ShiftEscrowReleasedEvent release(ReleaseReason reason, long amount, BigDecimal feePercent, Instant at) {
        Money released = Money.ofPaise(amount);
        Money fee = reason.chargesFee() ? released.percent(feePercent) : Money.ZERO;
        ShiftEscrowReleasedEvent event = new ShiftEscrowReleasedEvent(shiftId, hospitalId, walletId,
                RefundId.forShiftRelease(shiftId, releases + 1), reason, released, fee, released.minus(fee), at);
        apply(event);
        return event;
    }

    private void rescheduleEnd(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(SHIFT_ENDED_DEADLINE);
        deadlines.schedule(schedule.endsAt(), SHIFT_ENDED_DEADLINE);
    }

    private FundingRequest fundingRequest(PendingFunding funding) {
        return new FundingRequest(shiftId, walletId, funding.number(), Money.ofPaise(funding.amount()));
    }

    private void requireHospital(long requestingHospitalId) {
        if (hospitalId != requestingHospitalId) {
            throw RejectedException.notFound(SHIFT_NOT_FOUND);
        }
    }

    private Map.Entry<Long, Application> acceptedApplicationOf(long professionalId) {
        return applications.entrySet().stream()
                .filter(entry -> entry.getValue().professionalId() == professionalId && entry.getValue().isAccepted())
                .findFirst()
                .orElseThrow(() -> RejectedException.invalid("professional_id", NOT_ACCEPTED));
    }

    private void requireCheckInWindow(Instant at) {
        if (at.isBefore(schedule.startsAt().minus(CHECK_IN_OPENS_BEFORE_START)) || at.isAfter(schedule.endsAt())) {
            throw RejectedException.invalid("time", CHECK_IN_WINDOW);
        }
    }

    private void requireNearHospital(GeoPoint position) {
        if (location != null && (position == null || position.metresTo(location) > GEOFENCE_METRES)) {
            throw RejectedException.invalid("latitude", TOO_FAR);
        }
    }

    private void requireClaimsMatch(ClaimedAmounts claimed, ShiftPrice price, long difference) {
        if (claimed == null) {
            return;
        }
        FieldErrors errors = new FieldErrors();
        mismatch(errors, "facility_pay", claimed.facilityPay(), price.facilityPay());
        mismatch(errors, "service_charge_amount", claimed.serviceChargeAmount(), price.serviceCharge());
        mismatch(errors, "extra_amount_to_pay", claimed.extraAmountToPay(), Money.ofPaise(Math.max(0, difference)));
        mismatch(errors, "amount_to_refund", claimed.amountToRefund(), Money.ofPaise(Math.max(0, -difference)));
        errors.throwIfAny();
    }

    private static void mismatch(FieldErrors errors, String field, Money claimed, Money computed) {
        if (claimed != null && !claimed.equals(computed)) {
            errors.add(field, "The " + field.replace('_', ' ') + " does not match the amount computed by the server ("
                    + computed.toRupees().toPlainString() + ").");
        }
    }

    private boolean hasEscrowFor(Money amount) {
        return escrow >= amount.paise();
    }

    /** A repeat of the same change (a retried request) reuses the funding already asked for. */
    private boolean isAwaitingFundingOf(Revision revision) {
        return pendingFunding != null && !pendingFunding.publish()
                && revision.equals(new Revision(pendingFunding.details(), pendingFunding.schedule(),
                pendingFunding.terms()));
    }

    private boolean isPending(int fundingNumber) {
        return pendingFunding != null && pendingFunding.number() == fundingNumber;
    }

    private boolean isChangeable() {
        boolean workStarted = applications.values().stream()
                .anyMatch(application -> application.checkedInAt() != null || application.done());
        return (status == ShiftStatus.DRAFT || status == ShiftStatus.PUBLISHED) && !workStarted && !ended;
    }

    private boolean isOpenForWork() {
        return (status == ShiftStatus.PUBLISHED || status == ShiftStatus.IN_PROGRESS) && !ended;
    }

    private boolean hasApplied(long professionalId) {
        return applications.values().stream().anyMatch(a -> a.professionalId() == professionalId);
    }

    private boolean hasOpenPositions() {
        return acceptedCount() < terms.positions();
    }

    private long acceptedCount() {
        return applications.values().stream().filter(Application::isAccepted).count();
    }
}
