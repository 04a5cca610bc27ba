package com.shiftledger.command.shift;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.partner.CancelPartnerShiftCommand;
import com.shiftledger.api.partner.CorrectTimecardCommand;
import com.shiftledger.api.partner.PartnerOrigin;
import com.shiftledger.api.partner.PartnerShiftRemoval;
import com.shiftledger.api.partner.RecordTimecardCommand;
import com.shiftledger.api.partner.RevisePartnerShiftCommand;
import com.shiftledger.api.partner.Timecard;
import com.shiftledger.api.partner.TimecardCorrectedEvent;
import com.shiftledger.api.partner.TimecardRecordedEvent;
import com.shiftledger.api.partner.TimecardState;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.shift.AbandonShiftFundingCommand;
import com.shiftledger.api.shift.ActivateEmergencySosCommand;
import com.shiftledger.api.shift.ApplyForShiftCommand;
import com.shiftledger.api.shift.CancelShiftCommand;
import com.shiftledger.api.shift.CheckInCommand;
import com.shiftledger.api.shift.CheckOutCommand;
import com.shiftledger.api.shift.ClaimedAmounts;
import com.shiftledger.api.shift.ConfirmShiftFundingCommand;
import com.shiftledger.api.shift.CreateShiftCommand;
import com.shiftledger.api.shift.DecideShiftApplicationCommand;
import com.shiftledger.api.shift.DecideShiftExtensionCommand;
import com.shiftledger.api.shift.DropEmergencySosCommand;
import com.shiftledger.api.shift.EmergencySosRaisedEvent;
import com.shiftledger.api.shift.ExtendedDayCheckedInEvent;
import com.shiftledger.api.shift.ExtendedDayCompletedEvent;
import com.shiftledger.api.shift.ExtensionSide;
import com.shiftledger.api.shift.GeoPoint;
import com.shiftledger.api.shift.MarkNoShowCommand;
import com.shiftledger.api.shift.PayType;
import com.shiftledger.api.shift.PositionCompletedEvent;
import com.shiftledger.api.shift.ProfessionalCheckedInEvent;
import com.shiftledger.api.shift.ProfessionalMarkedNoShowEvent;
import com.shiftledger.api.shift.PublishShiftCommand;
import com.shiftledger.api.shift.RaiseEmergencySosCommand;
import com.shiftledger.api.shift.RequestShiftExtensionCommand;
import com.shiftledger.api.shift.ReleaseReason;
import com.shiftledger.api.shift.ReopenReason;
import com.shiftledger.api.shift.ReviseShiftCommand;
import com.shiftledger.api.shift.ShiftApplicationAcceptedEvent;
import com.shiftledger.api.shift.ShiftApplicationRejectedEvent;
import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftApplicationWithdrawnEvent;
import com.shiftledger.api.shift.ShiftApplied;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftChange;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDetails;
import com.shiftledger.api.shift.ShiftDiscardedEvent;
import com.shiftledger.api.shift.ShiftEmergencySosActivatedEvent;
import com.shiftledger.api.shift.ShiftEmergencySosDroppedEvent;
import com.shiftledger.api.shift.ShiftEmergencySosFulfilledEvent;
import com.shiftledger.api.shift.ShiftEndedEvent;
import com.shiftledger.api.shift.ShiftEscrowReleasedEvent;
import com.shiftledger.api.shift.ShiftExtensionAcceptedEvent;
import com.shiftledger.api.shift.ShiftExtensionEndedEvent;
import com.shiftledger.api.shift.ShiftExtensionFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftExtensionRejectedEvent;
import com.shiftledger.api.shift.ShiftExtensionRequestedEvent;
import com.shiftledger.api.shift.ShiftFundingAbandonedEvent;
import com.shiftledger.api.shift.ShiftFundingRequestedEvent;
import com.shiftledger.api.shift.ShiftFundsReceivedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPayRaisedEvent;
import com.shiftledger.api.shift.ShiftPositionReopenedEvent;
import com.shiftledger.api.shift.ShiftPrice;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import com.shiftledger.api.shift.ShiftSchedule;
import com.shiftledger.api.shift.ShiftStatus;
import com.shiftledger.api.shift.ShiftTerms;
import com.shiftledger.api.shift.WithdrawShiftApplicationCommand;
import com.shiftledger.api.shift.WorkPay;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ApplyMore;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A shift and its escrow. It decides what its pay costs and asks the hospital's wallet to fund it (the shift
 * funding process pays and confirms), takes applications up to its positions, records attendance, pays each
 * completed position once, and releases what is no longer needed into refunds on its refund terms. It takes one
 * Emergency SOS at a time and decides which applications earn its extra pay. A staffing partner's shift (one with a
 * {@link PartnerOrigin}) is changed and deleted by its partner, accepts its first applicant at once, gives the
 * position up again when that professional withdraws or does not come, and is paid on the partner's timecard once
 * it is final. Either side of an accepted application may ask to extend the professional's work to more days; the
 * other side accepts (the hospital's wallet pays the days into the escrow first) or rejects, and each added day is
 * attended and paid as a position is. Its applications and extensions are members of it ({@link ShiftApplication},
 * {@link ShiftExtension}); its money is an {@link Escrow} value, its SOS a {@link ShiftSos} value.
 */
@Aggregate
class Shift {

    static final String SHIFT_ENDED_DEADLINE = "shift-ended";
    static final String TIMECARD_FINAL_DEADLINE = "timecard-final";
    static final String EXTENSION_ENDED_DEADLINE = "extension-ended";
    static final int MAX_EXTENSION_DAYS = 31;
    static final String TIMECARD_REMARKS = "Timecard from the partner";
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
    static final String NOT_WITHDRAWABLE = "Only a pending application can be withdrawn, or on a partner's shift an "
            + "accepted one before the work starts.";
    static final String PARTNER_SHIFT = "This shift was created by a staffing partner and is changed through the "
            + "partner API.";
    static final String TIMECARD_RECORDS_WORK = "The partner's timecard records the work on this shift.";
    static final String NO_ACCEPTED_PROFESSIONAL = "No professional is accepted for this shift yet.";
    static final String TIMECARD_EXISTS = "A timecard was sent for this shift already; correct it with "
            + "PUT /partner/v1/timecards.";
    static final String NO_TIMECARD = "No timecard was sent for this shift yet; send it with "
            + "POST /partner/v1/timecards.";
    static final String TIMECARD_IS_FINAL = "The timecard of this shift is final: its review period has ended and "
            + "the work is paid.";
    static final String NOTHING_WORKED = "The break must be shorter than the time between check-in and check-out.";
    static final String NOT_ACCEPTED = "You are not accepted for this shift.";
    static final String CHECK_IN_WINDOW = "Check-in is open from 60 minutes before the shift starts until it ends.";
    static final String TOO_FAR = "You must be within 500 m of the hospital to check in.";
    static final String ALREADY_CHECKED_IN = "You have already checked in for this shift.";
    static final String NOT_CHECKED_IN = "You have not checked in for this shift.";
    static final String ALREADY_ENDED = "The shift must end in the future.";
    static final String ESCROW_SHORT = "The shift's escrow cannot cover this position.";
    static final String ATTENDANCE_CLOSED = "The attendance of this professional is already final.";
    static final String SOS_ALREADY_ACTIVE = "This shift already has an active Emergency SOS.";
    static final String SOS_NOT_OPEN = "This shift is no longer open for an Emergency SOS.";
    static final String EXTENSION_NOT_FOUND = "Shift extension not found.";
    static final String NOT_EXTENDABLE = "Only the work of an accepted professional can be extended.";
    static final String EXTENSION_CLOSED = "This shift can no longer be extended: it is not published or it was "
            + "cancelled.";
    static final String PARTNER_NOT_EXTENDED = "A staffing partner's shift cannot be extended.";
    static final String START_NOT_AFTER_COVERED = "The start date must be after the last day the shift covers or is "
            + "asked to cover for this professional: ";
    static final String END_BEFORE_START_DATE = "The end date must be a date after or equal to start date.";
    static final String TOO_MANY_DAYS = "An extension adds at most 31 days.";
    static final String START_PASSED = "The start date must be a day whose shift has not ended yet.";
    static final String OTHER_SIDE_DECIDES = "Only the side that did not ask for this extension can accept or "
            + "reject it.";
    static final String EXTENSION_NOT_PENDING = "Only a pending extension can be accepted or rejected.";
    static final String NOT_BOOKED_THAT_DAY = "You are not booked for this shift on that day.";
    static final String DAY_NOT_STARTED = "The work of that day cannot be recorded before its check-in opens, 60 "
            + "minutes before it starts.";
    static final String SHIFT_EXTENDED = "This shift has extension requests; its schedule and pay can no longer be "
            + "changed.";

    @AggregateIdentifier
    private ShiftId shiftId;
    private long hospitalId;
    private WalletId walletId;
    private ShiftStatus status;
    private ShiftDetails details;
    private ShiftSchedule schedule;
    private ShiftTerms terms;
    private GeoPoint location;
    private boolean publishAtOnce;
    private PartnerOrigin partner;
    private boolean ended;
    private Escrow escrow;
    private ShiftSos sos;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<Long, ShiftApplication> applications = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<Long, ShiftExtension> extensions = new LinkedHashMap<>();

    protected Shift() {
        // required by Axon to rebuild the shift from its events
    }

    @CommandHandler
    Shift(CreateShiftCommand command) {
        requireFuture(command.schedule(), command.at());
        ApplyMore created = apply(new ShiftCreatedEvent(command.shiftId(), command.hospitalId(),
                command.hospitalName(), command.walletId(), command.shiftCode(), command.details(), command.schedule(),
                command.terms(), command.terms().price(command.schedule().scheduledMinutes()), command.location(),
                command.publish(), command.partner()));
        if (command.publish()) {
            // in a constructor the event reaches the state only once the constructor returns
            created.andThen(this::requestPublication);
        }
    }

    @CommandHandler
    ShiftChange handle(PublishShiftCommand command) {
        requireHospital(command.hospitalId());
        if (escrow.isAwaitingPublication()) {
            return change().withFunding(escrow.pendingFunding(shiftId));
        }
        if (status != ShiftStatus.DRAFT) {
            throw RejectedException.conflict(NOT_A_DRAFT);
        }
        requireFuture(schedule, command.at());
        requestPublication();
        return change().withFunding(escrow.pendingFunding(shiftId));
    }

    @CommandHandler
    ShiftChange handle(ReviseShiftCommand command, DeadlineManager deadlines) {
        requireHospital(command.hospitalId());
        if (partner != null) {
            throw RejectedException.conflict(PARTNER_SHIFT);
        }
        if (!isChangeable()) {
            throw RejectedException.invalid("status", CANNOT_CHANGE);
        }
        if (extensions.values().stream().anyMatch(ShiftExtension::holdsDays)) {
            throw RejectedException.invalid("status", SHIFT_EXTENDED);
        }
        Revision revision = Revision.of(details, schedule, terms, command.changes(), command.zone());
        return revise(revision, command.claimed(), command.at(), deadlines);
    }

    @CommandHandler
    ShiftChange handle(RevisePartnerShiftCommand command, DeadlineManager deadlines) {
        requirePartner(command.clientId());
        if (!isChangeable()) {
            throw RejectedException.invalid("status", CANNOT_CHANGE);
        }
        Revision revision = new Revision(command.details(), command.schedule(),
                terms.with(PayType.HOURLY, command.payPerHour(), terms.positions()));
        return revise(revision, null, command.at(), deadlines);
    }

    /** Re-prices the shift: a raise is asked of the wallet, a cut is released into a refund on the refund terms. */
    private ShiftChange revise(Revision revision, ClaimedAmounts claimed, Instant at, DeadlineManager deadlines) {
        requireFuture(revision.schedule(), at);
        ShiftPrice newPrice = revision.price();
        long difference = status == ShiftStatus.DRAFT ? 0 : newPrice.total().paise() - escrow.heldPaise();
        revision.requireClaimsMatch(claimed, difference);
        if (status == ShiftStatus.DRAFT) {
            apply(new ShiftRevisedEvent(shiftId, revision.details(), revision.schedule(), revision.terms(), newPrice));
            return change();
        }
        if (revision.terms().positions() < acceptedCount()) {
            throw RejectedException.invalid("positions_required", POSITIONS_BELOW_ACCEPTED);
        }
        if (revision.details().professionType() != details.professionType() && !applications.isEmpty()) {
            throw RejectedException.invalid("profession_type", PROFESSION_FIXED);
        }
        if (difference > 0 && escrow.isAwaiting(revision)) {
            return change().withFunding(escrow.pendingFunding(shiftId));
        }
        if (difference > 0) {
            apply(new ShiftFundingRequestedEvent(shiftId, escrow.nextFunding(shiftId).number(), walletId,
                    Money.ofPaise(difference), false, revision.details(), revision.schedule(), revision.terms(),
                    newPrice));
            return change().withFunding(escrow.pendingFunding(shiftId));
        }
        apply(new ShiftRevisedEvent(shiftId, revision.details(), revision.schedule(), revision.terms(), newPrice));
        rescheduleEnd(deadlines);
        if (difference == 0) {
            return change();
        }
        ShiftEscrowReleasedEvent released = release(ReleaseReason.PAY_LOWERED, Money.ofPaise(-difference), at);
        return change().withRelease(released);
    }

    @CommandHandler
    void handle(ConfirmShiftFundingCommand command, DeadlineManager deadlines) {
        if (escrow.hasReceived(command.fundingNumber())) {
            return;
        }
        if (!escrow.expects(command.fundingNumber(), command.amount())) {
            apply(new ShiftFundsReceivedEvent(shiftId, command.fundingNumber(), command.amount(),
                    command.transactionId()));
            release(ReleaseReason.EXCESS_FUNDING, command.amount(), command.paidAt());
            return;
        }
        Escrow.PendingFunding funding = escrow.pending();
        if (funding.extensionId() != null) {
            acceptExtension(extensions.get(funding.extensionId()), funding.number(), command, deadlines);
            return;
        }
        if (funding.publish()) {
            apply(new ShiftPublishedEvent(shiftId, funding.number(), command.amount(), command.transactionId()));
        } else {
            Revision revision = funding.revision();
            apply(new ShiftPayRaisedEvent(shiftId, funding.number(), command.amount(), command.transactionId(),
                    revision.details(), revision.schedule(), revision.terms(), revision.price()));
        }
        rescheduleEnd(deadlines);
    }

    @CommandHandler
    void handle(AbandonShiftFundingCommand command) {
        if (!escrow.isAwaiting(command.fundingNumber())) {
            return;
        }
        if (escrow.isAwaitingPublication() && isDiscardable()) {
            // the read side forgets the draft before it learns the outcome the request waits for
            apply(new ShiftDiscardedEvent(shiftId));
        }
        apply(new ShiftFundingAbandonedEvent(shiftId, command.fundingNumber(), command.requiredAmount(),
                command.walletBalance()));
    }

    @CommandHandler
    ShiftChange handle(CancelShiftCommand command, DeadlineManager deadlines) {
        requireHospital(command.hospitalId());
        return cancel(command.reason(), command.at(), deadlines);
    }

    @CommandHandler
    PartnerShiftRemoval handle(CancelPartnerShiftCommand command, DeadlineManager deadlines) {
        requirePartner(command.clientId());
        boolean removed = status != ShiftStatus.CANCELLED;
        return new PartnerShiftRemoval(cancel("Deleted by the partner", command.at(), deadlines), removed,
                schedule.shiftDate());
    }

    /** Cancels the shift before work started; its escrow is released into a refund, less the refund fee. */
    private ShiftChange cancel(String reason, Instant at, DeadlineManager deadlines) {
        if (status == ShiftStatus.CANCELLED) {
            return change();
        }
        if (!isChangeable()) {
            throw RejectedException.invalid("status", CANNOT_CANCEL);
        }
        if (escrow.isAwaitingAny()) {
            apply(new ShiftFundingAbandonedEvent(shiftId, escrow.pending().number(), null, null));
        }
        apply(new ShiftCancelledEvent(shiftId, reason));
        deadlines.cancelAllWithinScope(SHIFT_ENDED_DEADLINE);
        deadlines.cancelAllWithinScope(EXTENSION_ENDED_DEADLINE);
        if (escrow.isEmpty()) {
            return change();
        }
        return change().withRelease(release(ReleaseReason.SHIFT_CANCELLED, escrow.held(), at));
    }

    @CommandHandler
    ShiftApplied handle(ApplyForShiftCommand command) {
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
                command.coverNote(), sos == null ? null : sos.eligibilityAt(command.at())));
        if (partner != null) {
            // a partner's shift is filled by the first professional who applies; nobody reviews applicants
            accept(applications.get(command.applicationId()), command.at());
        }
        return new ShiftApplied(change(), partner != null);
    }

    @CommandHandler
    ShiftChange handle(WithdrawShiftApplicationCommand command) {
        ShiftApplication application = applications.get(command.applicationId());
        if (application == null || !application.isBy(command.professionalId())) {
            throw RejectedException.notFound(APPLICATION_NOT_FOUND);
        }
        if (application.isPending()) {
            apply(new ShiftApplicationWithdrawnEvent(shiftId, command.applicationId(), command.professionalId()));
            return change();
        }
        if (partner == null || !application.isAccepted() || application.hasStarted()) {
            throw RejectedException.invalid("status", NOT_WITHDRAWABLE);
        }
        apply(new ShiftApplicationWithdrawnEvent(shiftId, command.applicationId(), command.professionalId()));
        apply(new ShiftPositionReopenedEvent(shiftId, command.applicationId(), command.professionalId(),
                ReopenReason.WITHDRAWN));
        return change();
    }

    @CommandHandler
    ShiftChange handle(DecideShiftApplicationCommand command) {
        requireHospital(command.hospitalId());
        ShiftApplication application = applications.get(command.applicationId());
        if (application == null) {
            throw RejectedException.notFound(APPLICATION_NOT_FOUND);
        }
        if (!application.isPending()) {
            throw RejectedException.invalid("status", NOT_PENDING);
        }
        if (!command.accept()) {
            apply(new ShiftApplicationRejectedEvent(shiftId, command.applicationId(), application.professionalId()));
            return change();
        }
        if (!isOpenForWork()) {
            throw RejectedException.invalid("shift_id", NOT_OPEN);
        }
        if (!hasOpenPositions()) {
            throw RejectedException.invalid("shift_id", NO_OPEN_POSITIONS);
        }
        accept(application, command.at());
        return change();
    }

    private void accept(ShiftApplication application, Instant at) {
        apply(new ShiftApplicationAcceptedEvent(shiftId, application.applicationId(), application.professionalId()));
        if (!hasOpenPositions() && sos != null && sos.acceptsEligibleApplicationsAt(at)) {
            apply(new ShiftEmergencySosFulfilledEvent(shiftId, sos.sosId()));
        }
    }

    @CommandHandler
    ShiftChange handle(RaiseEmergencySosCommand command) {
        requireHospital(command.hospitalId());
        if (status != ShiftStatus.PUBLISHED && status != ShiftStatus.IN_PROGRESS) {
            throw RejectedException.notFound(SHIFT_NOT_FOUND);
        }
        if (ended || !schedule.endsAt().isAfter(command.at())) {
            throw RejectedException.badRequest("shift_id", SOS_NOT_OPEN);
        }
        if (sos != null && sos.isActiveAt(command.at())) {
            throw RejectedException.badRequest("shift_id", SOS_ALREADY_ACTIVE);
        }
        if (!hasOpenPositions()) {
            throw RejectedException.badRequest("shift_id", NO_OPEN_POSITIONS);
        }
        Money extraPay = terms.price(schedule.scheduledMinutes()).professionalPay()
                .percent(command.tier().extraPayPercent());
        int openPositions = (int) (terms.positions() - acceptedCount());
        apply(new EmergencySosRaisedEvent(shiftId, command.sosId(), hospitalId, walletId, command.tier(), extraPay,
                openPositions, extraPay.times(openPositions),
                command.at().plus(Duration.ofMinutes(command.tier().minutes())), command.radiusKm(),
                command.message(), command.recipientsCount(), details.professionType(), location, command.at()));
        return change();
    }

    @CommandHandler
    void handle(ActivateEmergencySosCommand command) {
        if (sos != null && sos.is(command.sosId()) && sos.isPending()) {
            apply(new ShiftEmergencySosActivatedEvent(shiftId, command.sosId()));
        }
    }

    @CommandHandler
    void handle(DropEmergencySosCommand command) {
        if (sos != null && sos.is(command.sosId()) && sos.isPending()) {
            apply(new ShiftEmergencySosDroppedEvent(shiftId, command.sosId()));
        }
    }

    @CommandHandler
    ShiftChange handle(CheckInCommand command) {
        if (command.markedByHospital()) {
            requireHospital(command.markingHospitalId());
        }
        ShiftApplication application = acceptedApplicationOf(command.professionalId());
        Optional<LocalDate> extendedDay = extendedDayToCheckIn(command);
        if (extendedDay.isPresent()) {
            return checkInOnExtendedDay(command, application, extendedDay.get());
        }
        if (application.isDone()) {
            throw RejectedException.invalid("status", ATTENDANCE_CLOSED);
        }
        if (application.isCheckedIn()) {
            throw RejectedException.conflict(ALREADY_CHECKED_IN);
        }
        if (!command.markedByHospital()) {
            requireCheckInWindow(command.at());
            requireNearHospital(command.position());
        }
        apply(new ProfessionalCheckedInEvent(shiftId, application.applicationId(), command.professionalId(),
                command.at(), command.markedByHospital()));
        return change();
    }

    @CommandHandler
    ShiftChange handle(CheckOutCommand command) {
        if (command.markedByHospital()) {
            requireHospital(command.markingHospitalId());
        }
        ShiftApplication application = acceptedApplicationOf(command.professionalId());
        Optional<LocalDate> extendedDay = extendedDayToCheckOut(command, application);
        if (extendedDay.isPresent()) {
            return checkOutOnExtendedDay(command, application, extendedDay.get());
        }
        if (application.isDone()) {
            throw RejectedException.invalid("status", ATTENDANCE_CLOSED);
        }
        if (partner != null) {
            throw RejectedException.conflict(TIMECARD_RECORDS_WORK);
        }
        if (!application.isCheckedIn() && !command.markedByHospital()) {
            throw RejectedException.invalid("status", NOT_CHECKED_IN);
        }
        long scheduled = schedule.scheduledMinutes();
        WorkPay pay = terms.payForWork(application.minutesWorkedBy(command.at(), scheduled), scheduled);
        if (!escrow.covers(pay.total())) {
            throw RejectedException.conflict(ESCROW_SHORT);
        }
        PositionCompletedEvent completed = new PositionCompletedEvent(shiftId, application.applicationId(),
                command.professionalId(), application.walletId(), application.checkedInAt(), command.at(),
                pay.minutesWorked(), pay.minutesPaid(), pay.professionalPay(), pay.serviceCharge(),
                command.markedByHospital(), command.remarks());
        apply(completed);
        settleIfDone(command.at());
        return change().withCompleted(completed);
    }

    @CommandHandler
    ShiftChange handle(RequestShiftExtensionCommand command) {
        ShiftApplication application = applications.get(command.applicationId());
        if (application == null || !isParty(command.requestedBy(), command.requesterId(), application)) {
            throw RejectedException.notFound(APPLICATION_NOT_FOUND);
        }
        if (partner != null) {
            throw RejectedException.invalid("application_id", PARTNER_NOT_EXTENDED);
        }
        if (status == ShiftStatus.DRAFT || status == ShiftStatus.CANCELLED) {
            throw RejectedException.invalid("application_id", EXTENSION_CLOSED);
        }
        if (!application.isAccepted()) {
            throw RejectedException.invalid("application_id", NOT_EXTENDABLE);
        }
        LocalDate lastCovered = lastDayCoveredFor(application);
        if (!command.startDate().isAfter(lastCovered)) {
            throw RejectedException.invalid("start_date", START_NOT_AFTER_COVERED + lastCovered + ".");
        }
        if (command.endDate().isBefore(command.startDate())) {
            throw RejectedException.invalid("end_date", END_BEFORE_START_DATE);
        }
        if (command.startDate().plusDays(MAX_EXTENSION_DAYS).isBefore(command.endDate().plusDays(1))) {
            throw RejectedException.invalid("end_date", TOO_MANY_DAYS);
        }
        List<ShiftSchedule> days = daysOf(command.startDate(), command.endDate(), command.zone());
        if (!days.get(0).endsAt().isAfter(command.at())) {
            throw RejectedException.invalid("start_date", START_PASSED);
        }
        ShiftPrice perDay = terms.price(schedule.scheduledMinutes());
        Money sosExtraPay = application.sosExtraPayPerDay();
        Money total = perDay.facilityPay().plus(sosExtraPay).times(days.size());
        apply(new ShiftExtensionRequestedEvent(shiftId, command.extensionId(), application.applicationId(),
                hospitalId, application.professionalId(), command.requestedBy(), command.startDate(),
                command.endDate(), days, perDay.professionalPay(), perDay.serviceCharge(), sosExtraPay, total));
        return change();
    }

    @CommandHandler
    ShiftChange handle(DecideShiftExtensionCommand command) {
        ShiftExtension extension = extensions.get(command.extensionId());
        if (extension == null || !isParty(command.decidedBy(), command.deciderId(),
                applications.get(extension.applicationId()))) {
            throw RejectedException.notFound(EXTENSION_NOT_FOUND);
        }
        if (extension.requestedBy() == command.decidedBy()) {
            throw RejectedException.forbidden(OTHER_SIDE_DECIDES);
        }
        if (command.accept() ? extension.isAccepted() : extension.isRejected()) {
            return change();
        }
        if (!extension.isPending()) {
            throw RejectedException.invalid("action", EXTENSION_NOT_PENDING);
        }
        if (!command.accept()) {
            if (escrow.isAwaitingExtension(extension.extensionId())) {
                // a payment still on its way is sent back when it arrives
                apply(new ShiftFundingAbandonedEvent(shiftId, escrow.pending().number(), null, null));
            }
            apply(new ShiftExtensionRejectedEvent(shiftId, extension.extensionId(), extension.applicationId(),
                    hospitalId, applications.get(extension.applicationId()).professionalId(), command.decidedBy()));
            return change();
        }
        if (status == ShiftStatus.CANCELLED) {
            throw RejectedException.invalid("action", EXTENSION_CLOSED);
        }
        if (!escrow.isAwaitingExtension(extension.extensionId())) {
            apply(new ShiftExtensionFundingRequestedEvent(shiftId, extension.extensionId(),
                    escrow.nextFunding(shiftId).number(), walletId, extension.total()));
        }
        return change().withFunding(escrow.pendingFunding(shiftId));
    }

    /**
     * The wallet paid an accepted extension's days into the escrow: the shift covers them from now on, until the
     * end of the last one. An extension that is no longer pending gets its money back at once, with no fee.
     */
    private void acceptExtension(ShiftExtension extension, int fundingNumber, ConfirmShiftFundingCommand command,
                                 DeadlineManager deadlines) {
        if (!extension.isPending() || status == ShiftStatus.CANCELLED) {
            apply(new ShiftFundsReceivedEvent(shiftId, fundingNumber, command.amount(), command.transactionId()));
            release(ReleaseReason.EXCESS_FUNDING, command.amount(), command.paidAt());
            return;
        }
        ShiftApplication application = applications.get(extension.applicationId());
        apply(new ShiftExtensionAcceptedEvent(shiftId, extension.extensionId(), extension.applicationId(), hospitalId,
                application.professionalId(), extension.requestedBy().other(), fundingNumber, command.amount(),
                command.transactionId()));
        deadlines.schedule(extension.lastDayEndsAt(), EXTENSION_ENDED_DEADLINE, extension.extensionId());
    }

    private ShiftChange checkInOnExtendedDay(CheckInCommand command, ShiftApplication application, LocalDate date) {
        ShiftExtension extension = extensionCovering(command.professionalId(), date);
        if (extension.isDone(date) || (extension.isEnded() && !extension.isCheckedIn(date))) {
            throw RejectedException.invalid("status", ATTENDANCE_CLOSED);
        }
        if (extension.isCheckedIn(date)) {
            throw RejectedException.conflict(ALREADY_CHECKED_IN);
        }
        if (command.markedByHospital()) {
            requireDayStarted(extension.day(date), command.at());
        } else {
            requireCheckInWindow(extension.day(date), command.at());
            requireNearHospital(command.position());
        }
        apply(new ExtendedDayCheckedInEvent(shiftId, extension.extensionId(), application.applicationId(),
                command.professionalId(), date, command.at(), command.markedByHospital()));
        return change();
    }

    private ShiftChange checkOutOnExtendedDay(CheckOutCommand command, ShiftApplication application,
                                              LocalDate date) {
        ShiftExtension extension = extensionCovering(command.professionalId(), date);
        if (extension.isDone(date) || (extension.isEnded() && !extension.isCheckedIn(date))) {
            throw RejectedException.invalid("status", ATTENDANCE_CLOSED);
        }
        if (!extension.isCheckedIn(date) && !command.markedByHospital()) {
            throw RejectedException.invalid("status", NOT_CHECKED_IN);
        }
        requireDayStarted(extension.day(date), command.at());
        long scheduled = extension.day(date).scheduledMinutes();
        Instant checkedInAt = extension.checkedInAt(date);
        long minutes = checkedInAt == null ? scheduled : Duration.between(checkedInAt, command.at()).toMinutes();
        WorkPay pay = terms.payForWork(minutes, scheduled);
        Money sosExtraPay = extension.sosExtraPayPerDay();
        if (!escrow.covers(pay.total().plus(sosExtraPay))) {
            throw RejectedException.conflict(ESCROW_SHORT);
        }
        ExtendedDayCompletedEvent completed = new ExtendedDayCompletedEvent(shiftId, extension.extensionId(),
                application.applicationId(), command.professionalId(), application.walletId(), date, checkedInAt,
                command.at(), pay.minutesWorked(), pay.minutesPaid(), pay.professionalPay(), pay.serviceCharge(),
                sosExtraPay, command.markedByHospital());
        apply(completed);
        settleIfDone(command.at());
        return change().withDayCompleted(completed);
    }

    /** The last day of an accepted extension ended: its unworked days close, and the shift settles if nothing is open. */
    @DeadlineHandler(deadlineName = EXTENSION_ENDED_DEADLINE)
    void onExtensionEnded(Long extensionId) {
        ShiftExtension extension = extensions.get(extensionId);
        if (extension == null || !extension.isAccepted() || extension.isEnded() || status == ShiftStatus.CANCELLED) {
            return;
        }
        apply(new ShiftExtensionEndedEvent(shiftId, extensionId, extension.daysNotCheckedIn()));
        settleIfDone(extension.lastDayEndsAt());
    }

    @CommandHandler
    ShiftChange handle(MarkNoShowCommand command) {
        requireHospital(command.hospitalId());
        ShiftApplication application = acceptedApplicationOf(command.professionalId());
        if (application.hasStarted()) {
            throw RejectedException.invalid("status", ATTENDANCE_CLOSED);
        }
        apply(new ProfessionalMarkedNoShowEvent(shiftId, application.applicationId(), command.professionalId(),
                command.remarks()));
        if (partner != null) {
            apply(new ShiftPositionReopenedEvent(shiftId, application.applicationId(), command.professionalId(),
                    ReopenReason.NO_SHOW));
        }
        settleIfDone(command.at());
        return change();
    }

    @CommandHandler
    TimecardState handle(RecordTimecardCommand command, DeadlineManager deadlines) {
        requirePartner(command.clientId());
        ShiftApplication application = partnerPosition();
        if (application.hasTimecard(command.timecard())) {
            return application.timecard();
        }
        if (application.isDone()) {
            throw RejectedException.conflict(TIMECARD_IS_FINAL);
        }
        if (application.hasTimecard()) {
            throw RejectedException.conflict(TIMECARD_EXISTS);
        }
        requireWorked(command.timecard());
        apply(new TimecardRecordedEvent(shiftId, application.applicationId(), application.professionalId(),
                command.timecard(), command.timecard().minutesWorked(), command.at(), command.finalAt()));
        deadlines.schedule(command.finalAt(), TIMECARD_FINAL_DEADLINE, application.applicationId());
        return application.timecard();
    }

    @CommandHandler
    TimecardState handle(CorrectTimecardCommand command) {
        requirePartner(command.clientId());
        ShiftApplication application = partnerPosition();
        if (!application.hasTimecard()) {
            throw RejectedException.invalid("externalShiftId", NO_TIMECARD);
        }
        if (application.isDone()) {
            throw RejectedException.conflict(TIMECARD_IS_FINAL);
        }
        if (application.hasTimecard(command.timecard())) {
            return application.timecard();
        }
        requireWorked(command.timecard());
        apply(new TimecardCorrectedEvent(shiftId, application.applicationId(), application.professionalId(),
                command.timecard(), command.timecard().minutesWorked(), command.at()));
        return application.timecard();
    }

    /** The review period of a timecard ended: the position completes on it and is paid, as a check-out does. */
    @DeadlineHandler(deadlineName = TIMECARD_FINAL_DEADLINE)
    void onTimecardFinal(Long applicationId) {
        ShiftApplication application = applications.get(applicationId);
        if (application == null || !application.hasTimecard() || !application.hasOpenWork()) {
            return;
        }
        TimecardState state = application.timecard();
        Timecard timecard = state.timecard();
        WorkPay pay = terms.payForWork(timecard.minutesWorked(), schedule.scheduledMinutes());
        apply(new PositionCompletedEvent(shiftId, applicationId, application.professionalId(),
                application.walletId(), timecard.checkIn(), timecard.checkOut(), pay.minutesWorked(),
                pay.minutesPaid(), pay.professionalPay(), pay.serviceCharge(), false, TIMECARD_REMARKS));
        settleIfDone(state.finalAt());
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
        publishAtOnce = event.publishAtOnce();
        partner = event.partner();
        escrow = Escrow.empty();
    }

    @EventSourcingHandler
    void on(ShiftRevisedEvent event) {
        details = event.details();
        schedule = event.schedule();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ShiftFundingRequestedEvent event) {
        Revision revision = event.publish() ? null
                : new Revision(event.details(), event.schedule(), event.terms());
        escrow = escrow.requested(new Escrow.PendingFunding(event.fundingNumber(), event.amount().paise(),
                event.publish(), revision, null));
    }

    @EventSourcingHandler
    void on(ShiftFundingAbandonedEvent event) {
        escrow = escrow.abandoned(event.fundingNumber());
    }

    @EventSourcingHandler
    void on(ShiftFundsReceivedEvent event) {
        escrow = escrow.receivedUnasked(event.fundingNumber(), event.amount());
    }

    @EventSourcingHandler
    void on(ShiftPublishedEvent event) {
        escrow = escrow.funded(event.fundingNumber(), event.amount());
        status = ShiftStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ShiftPayRaisedEvent event) {
        escrow = escrow.funded(event.fundingNumber(), event.amount());
        details = event.details();
        schedule = event.schedule();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ShiftEscrowReleasedEvent event) {
        escrow = escrow.released(event.released());
    }

    @EventSourcingHandler
    void on(ShiftCancelledEvent event) {
        status = ShiftStatus.CANCELLED;
        escrow = escrow.withoutPending();
    }

    @EventSourcingHandler
    void on(ShiftApplicationSubmittedEvent event) {
        applications.put(event.applicationId(), new ShiftApplication(event.applicationId(), event.professionalId(),
                event.professionalWalletId(), event.emergency()));
    }

    @EventSourcingHandler
    void on(ShiftExtensionRequestedEvent event) {
        extensions.put(event.extensionId(), new ShiftExtension(event));
    }

    @EventSourcingHandler
    void on(ShiftExtensionFundingRequestedEvent event) {
        escrow = escrow.requested(new Escrow.PendingFunding(event.fundingNumber(), event.amount().paise(), false,
                null, event.extensionId()));
    }

    @EventSourcingHandler
    void on(ShiftExtensionAcceptedEvent event) {
        escrow = escrow.funded(event.fundingNumber(), event.amount());
    }

    @EventSourcingHandler
    void on(ExtendedDayCompletedEvent event) {
        escrow = escrow.paidOut(event.total());
    }

    @EventSourcingHandler
    void on(ProfessionalCheckedInEvent event) {
        status = ShiftStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(PositionCompletedEvent event) {
        status = ShiftStatus.IN_PROGRESS;
        escrow = escrow.paidOut(event.professionalPay().plus(event.serviceCharge()));
    }

    @EventSourcingHandler
    void on(EmergencySosRaisedEvent event) {
        sos = new ShiftSos(event.sosId(), event.tier(), event.extraPayPerProfessional(), event.urgencyDeadline(),
                ShiftSos.Phase.PENDING);
    }

    @EventSourcingHandler
    void on(ShiftEmergencySosActivatedEvent event) {
        sos = sos.in(ShiftSos.Phase.SENT);
    }

    @EventSourcingHandler
    void on(ShiftEmergencySosDroppedEvent event) {
        sos = null;
    }

    @EventSourcingHandler
    void on(ShiftEmergencySosFulfilledEvent event) {
        sos = sos.in(ShiftSos.Phase.FULFILLED);
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

    private void requestPublication() {
        ShiftPrice price = terms.price(schedule.scheduledMinutes());
        apply(new ShiftFundingRequestedEvent(shiftId, escrow.nextFunding(shiftId).number(), walletId, price.total(),
                true, null, null, null, null));
    }

    /**
     * Settles the shift once no accepted position or extended day has work left and no further work can come. A shift
     * completed before an extension was accepted settles again once that extension's days are over.
     */
    private void settleIfDone(Instant at) {
        boolean workLeft = applications.values().stream().anyMatch(ShiftApplication::hasOpenWork)
                || extensions.values().stream().anyMatch(ShiftExtension::hasOpenWork);
        boolean morePositionsPossible = !ended && acceptedCount() < terms.positions();
        if (workLeft || morePositionsPossible) {
            return;
        }
        if (status != ShiftStatus.COMPLETED) {
            apply(new ShiftCompletedEvent(shiftId));
        }
        if (!escrow.isEmpty()) {
            release(ReleaseReason.SHIFT_SETTLED, escrow.held(), at);
        }
    }

    /** Releases escrow into a refund on the shift's refund terms: the fee when the hospital caused it. */
    private ShiftEscrowReleasedEvent release(ReleaseReason reason, Money released, Instant at) {
        Money fee = reason.chargesFee() ? terms.refund().feeOn(released) : Money.ZERO;
        ShiftEscrowReleasedEvent event = new ShiftEscrowReleasedEvent(shiftId, hospitalId, walletId,
                escrow.nextRefund(shiftId), reason, released, fee, released.minus(fee), at,
                terms.refund().availableAt(at));
        apply(event);
        return event;
    }

    private ShiftChange change() {
        return ShiftChange.at(shiftId, AggregateLifecycle.getVersion());
    }

    private void rescheduleEnd(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(SHIFT_ENDED_DEADLINE);
        deadlines.schedule(schedule.endsAt(), SHIFT_ENDED_DEADLINE);
    }

    /** Another partner's shift, or a hospital's own, is not found. */
    private void requirePartner(long clientId) {
        if (partner == null || partner.clientId() != clientId) {
            throw RejectedException.notFound(SHIFT_NOT_FOUND);
        }
    }

    /** The one position of a partner's shift, held by the accepted professional. */
    private ShiftApplication partnerPosition() {
        return applications.values().stream()
                .filter(ShiftApplication::isAccepted)
                .findFirst()
                .orElseThrow(() -> RejectedException.invalid("externalShiftId", NO_ACCEPTED_PROFESSIONAL));
    }

    private static void requireWorked(Timecard timecard) {
        if (timecard.minutesWorked() <= 0) {
            throw RejectedException.invalid("breakDuration", NOTHING_WORKED);
        }
    }

    private void requireHospital(long requestingHospitalId) {
        if (hospitalId != requestingHospitalId) {
            throw RejectedException.notFound(SHIFT_NOT_FOUND);
        }
    }

    private static void requireFuture(ShiftSchedule schedule, Instant now) {
        if (!schedule.endsAt().isAfter(now)) {
            throw RejectedException.invalid("shift_date", ALREADY_ENDED);
        }
    }

    private ShiftApplication acceptedApplicationOf(long professionalId) {
        return applications.values().stream()
                .filter(application -> application.isBy(professionalId) && application.isAccepted())
                .findFirst()
                .orElseThrow(() -> RejectedException.invalid("professional_id", NOT_ACCEPTED));
    }

    private void requireCheckInWindow(Instant at) {
        requireCheckInWindow(schedule, at);
    }

    private static void requireCheckInWindow(ShiftSchedule day, Instant at) {
        if (!isCheckInOpen(day, at)) {
            throw RejectedException.invalid("time", CHECK_IN_WINDOW);
        }
    }

    /** The hospital marks an added day's work only once that day's check-in has opened. */
    private static void requireDayStarted(ShiftSchedule day, Instant at) {
        if (at.isBefore(day.startsAt().minus(CHECK_IN_OPENS_BEFORE_START))) {
            throw RejectedException.invalid("date", DAY_NOT_STARTED);
        }
    }

    private static boolean isCheckInOpen(ShiftSchedule day, Instant at) {
        return !at.isBefore(day.startsAt().minus(CHECK_IN_OPENS_BEFORE_START)) && !at.isAfter(day.endsAt());
    }

    /**
     * The extended day a check-in is for: the day it names, or, when it names none and the shift's own day is not
     * open for check-in now, the professional's extended day that is.
     */
    private Optional<LocalDate> extendedDayToCheckIn(CheckInCommand command) {
        if (command.workDate() != null) {
            return command.workDate().equals(schedule.shiftDate()) ? Optional.empty()
                    : Optional.of(command.workDate());
        }
        if (command.markedByHospital() || isCheckInOpen(schedule, command.at())) {
            return Optional.empty();
        }
        return extensions.values().stream()
                .filter(extension -> extension.isAccepted() && extension.isFor(command.professionalId()))
                .map(extension -> extension.dayOpenAt(command.at(), CHECK_IN_OPENS_BEFORE_START))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The extended day a check-out is for: the day it names, or, when it names none and the shift's own day is not
     * checked in and open, the professional's extended day that is checked in.
     */
    private Optional<LocalDate> extendedDayToCheckOut(CheckOutCommand command, ShiftApplication application) {
        if (command.workDate() != null) {
            return command.workDate().equals(schedule.shiftDate()) ? Optional.empty()
                    : Optional.of(command.workDate());
        }
        if (command.markedByHospital() || (application.isCheckedIn() && !application.isDone())) {
            return Optional.empty();
        }
        return extensions.values().stream()
                .filter(extension -> extension.isAccepted() && extension.isFor(command.professionalId()))
                .map(ShiftExtension::dayCheckedIn)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private ShiftExtension extensionCovering(long professionalId, LocalDate date) {
        return extensions.values().stream()
                .filter(extension -> extension.covers(professionalId, date))
                .findFirst()
                .orElseThrow(() -> RejectedException.invalid("date", NOT_BOOKED_THAT_DAY));
    }

    /** The hospital of the shift, or the professional of the application. */
    private boolean isParty(ExtensionSide side, long partyId, ShiftApplication application) {
        return side == ExtensionSide.HOSPITAL ? hospitalId == partyId : application.isBy(partyId);
    }

    /** The shift's own day, or the last day an extension of this application adds or asks for. */
    private LocalDate lastDayCoveredFor(ShiftApplication application) {
        return extensions.values().stream()
                .filter(extension -> extension.applicationId() == application.applicationId()
                        && extension.holdsDays())
                .map(ShiftExtension::endDate)
                .reduce(schedule.shiftDate(), (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Each day from {@code start} to {@code end} at the shift's own times, in the platform's zone. */
    private List<ShiftSchedule> daysOf(LocalDate start, LocalDate end, ZoneId zone) {
        List<ShiftSchedule> days = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            days.add(ShiftSchedule.of(day, schedule.startTime(), schedule.endTime(), schedule.nightShift(), zone));
        }
        return days;
    }

    private void requireNearHospital(GeoPoint position) {
        if (location != null && (position == null || position.metresTo(location) > GEOFENCE_METRES)) {
            throw RejectedException.invalid("latitude", TOO_FAR);
        }
    }

    /** A draft made to be published at once that never was: the refused request leaves nothing behind. */
    private boolean isDiscardable() {
        return publishAtOnce && status == ShiftStatus.DRAFT && escrow.isEmpty() && applications.isEmpty();
    }

    private boolean isChangeable() {
        boolean workStarted = applications.values().stream().anyMatch(ShiftApplication::hasStarted);
        return (status == ShiftStatus.DRAFT || status == ShiftStatus.PUBLISHED) && !workStarted && !ended;
    }

    private boolean isOpenForWork() {
        return (status == ShiftStatus.PUBLISHED || status == ShiftStatus.IN_PROGRESS) && !ended;
    }

    private boolean hasApplied(long professionalId) {
        return applications.values().stream().anyMatch(application -> application.isBy(professionalId));
    }

    private boolean hasOpenPositions() {
        return acceptedCount() < terms.positions();
    }

    private long acceptedCount() {
        return applications.values().stream().filter(ShiftApplication::isAccepted).count();
    }
}
