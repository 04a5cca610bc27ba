package com.shiftledger.command.sos;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.sos.AbandonEmergencySosCommand;
import com.shiftledger.api.sos.CancelEmergencySosCommand;
import com.shiftledger.api.sos.CompleteSosRefundCommand;
import com.shiftledger.api.sos.ConfirmSosFundingCommand;
import com.shiftledger.api.sos.EmergencySosAbandonedEvent;
import com.shiftledger.api.sos.EmergencySosCancelledEvent;
import com.shiftledger.api.sos.EmergencySosExpiredEvent;
import com.shiftledger.api.sos.EmergencySosFulfilledEvent;
import com.shiftledger.api.sos.EmergencySosOpenedEvent;
import com.shiftledger.api.sos.EmergencySosSentEvent;
import com.shiftledger.api.sos.EmergencySosSettledEvent;
import com.shiftledger.api.sos.FulfilEmergencySosCommand;
import com.shiftledger.api.sos.LapseSosEligibilityCommand;
import com.shiftledger.api.sos.OpenEmergencySosCommand;
import com.shiftledger.api.sos.OweSosExtraPayCommand;
import com.shiftledger.api.sos.RecordEligibleApplicationCommand;
import com.shiftledger.api.sos.RequestSosRefundCommand;
import com.shiftledger.api.sos.ReviewSosRefundCommand;
import com.shiftledger.api.sos.SosApplicationEligibleEvent;
import com.shiftledger.api.sos.SosEligibilityLapsedEvent;
import com.shiftledger.api.sos.SosExtraPayOwedEvent;
import com.shiftledger.api.sos.SosId;
import com.shiftledger.api.sos.SosRefundApprovedEvent;
import com.shiftledger.api.sos.SosRefundCompletedEvent;
import com.shiftledger.api.sos.SosRefundReceipt;
import com.shiftledger.api.sos.SosRefundRejectedEvent;
import com.shiftledger.api.sos.SosRefundRequestedEvent;
import com.shiftledger.api.sos.SosStatus;
import com.shiftledger.api.wallet.WalletId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An Emergency SOS and its escrow {@code sos:{o}}: the extra pay a hospital holds for the professionals who answer
 * its unfilled shift before the urgency deadline. It owes each eligible professional whose work is completed their
 * extra pay, once, and lets the hospital ask back what nobody can earn any more, never more than that.
 */
@Aggregate
class EmergencySos {

    static final String EXPIRY_DEADLINE = "sos-expiry";

    static final String SOS_NOT_FOUND = "Emergency SOS not found.";
    static final String REFUND_NOT_FOUND = "Refund request not found.";
    static final String REFUND_TOO_LARGE = "The refund amount may not exceed the refundable amount of ₹%s.";
    static final String REFUND_NOT_POSITIVE = "The refund amount must be greater than 0.";
    static final String REFUND_ALREADY_DECIDED = "This refund request has already been %s.";

    @AggregateIdentifier
    private SosId sosId;
    private ShiftId shiftId;
    private long hospitalId;
    private WalletId walletId;
    private long extraPay;
    private int openPositions;
    private long total;
    private Instant deadline;
    private SosStatus status;
    /** What is left in {@code sos:{o}} that nobody is owed yet and no approved refund took. */
    private long held;
    private boolean settled;
    private Map<Long, EligibleApplication> eligible = new LinkedHashMap<>();
    private Map<RefundId, RefundRequest> refunds = new HashMap<>();

    /** Where an eligible application stands: it may still earn the extra pay, earned it, or lapsed. */
    enum Eligibility { ELIGIBLE, OWED, LAPSED }

    /** An application eligible for the extra pay, its professional and where it stands. */
    record EligibleApplication(long professionalId, WalletId walletId, Eligibility state) {

        EligibleApplication in(Eligibility newState) {
            return new EligibleApplication(professionalId, walletId, newState);
        }
    }

    /** A hospital's request for part of the escrow back. */
    record RefundRequest(long amount, String decision) {

        static final String PENDING = "pending";
        static final String APPROVED = "approved";
        static final String REJECTED = "rejected";
        static final String COMPLETED = "completed";

        RefundRequest decided(String newDecision) {
            return new RefundRequest(amount, newDecision);
        }
    }

    protected EmergencySos() {
        // required by Axon to rebuild the SOS from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenEmergencySosCommand command) {
        if (sosId != null) {
            return;
        }
        apply(new EmergencySosOpenedEvent(command.sosId(), command.shiftId(), command.hospitalId(), command.walletId(),
                command.tier(), command.extraPayPerProfessional(), command.openPositions(), command.totalExtraPay(),
                command.urgencyDeadline(), command.radiusKm(), command.message(), command.recipientsCount(),
                command.professionType(), command.location(), command.openedAt()));
    }

    @CommandHandler
    void handle(ConfirmSosFundingCommand command, DeadlineManager deadlines) {
        if (status != SosStatus.FUNDING) {
            return;
        }
        apply(new EmergencySosSentEvent(sosId, shiftId, command.transactionId(), deadline));
        deadlines.schedule(deadline, EXPIRY_DEADLINE);
    }

    @CommandHandler
    void handle(AbandonEmergencySosCommand command) {
        if (status == SosStatus.FUNDING) {
            apply(new EmergencySosAbandonedEvent(sosId, shiftId, command.requiredAmount(), command.walletBalance()));
        }
    }

    @DeadlineHandler(deadlineName = EXPIRY_DEADLINE)
    void onDeadlinePassed() {
        if (status == SosStatus.SENT) {
            apply(new EmergencySosExpiredEvent(sosId, shiftId));
            settleIfNothingMoreCanBeOwed();
        }
    }

    @CommandHandler
    void handle(FulfilEmergencySosCommand command, DeadlineManager deadlines) {
        if (status == SosStatus.SENT) {
            apply(new EmergencySosFulfilledEvent(sosId, shiftId));
            deadlines.cancelAllWithinScope(EXPIRY_DEADLINE);
            settleIfNothingMoreCanBeOwed();
        }
    }

    @CommandHandler
    void handle(CancelEmergencySosCommand command, DeadlineManager deadlines) {
        if (status == SosStatus.SENT || status == SosStatus.FUNDING) {
            apply(new EmergencySosCancelledEvent(sosId, shiftId));
            deadlines.cancelAllWithinScope(EXPIRY_DEADLINE);
            settleIfNothingMoreCanBeOwed();
        }
    }

    @CommandHandler
    void handle(RecordEligibleApplicationCommand command) {
        if (!eligible.containsKey(command.applicationId())) {
            apply(new SosApplicationEligibleEvent(sosId, command.applicationId(), command.professionalId(),
                    command.professionalWalletId(), Money.ofPaise(extraPay)));
        }
    }

    @CommandHandler
    void handle(OweSosExtraPayCommand command) {
        EligibleApplication application = eligible.get(command.applicationId());
        if (application == null || application.state() != Eligibility.ELIGIBLE || held < extraPay) {
            return;
        }
        apply(new SosExtraPayOwedEvent(sosId, command.applicationId(), application.professionalId(),
                application.walletId(), Money.ofPaise(extraPay)));
        settleIfNothingMoreCanBeOwed();
    }

    @CommandHandler
    void handle(LapseSosEligibilityCommand command) {
        EligibleApplication application = eligible.get(command.applicationId());
        if (application != null && application.state() == Eligibility.ELIGIBLE) {
            apply(new SosEligibilityLapsedEvent(sosId, command.applicationId()));
            settleIfNothingMoreCanBeOwed();
        }
    }

    @CommandHandler
    SosRefundReceipt handle(RequestSosRefundCommand command) {
        if (hospitalId != command.hospitalId()) {
            throw RejectedException.notFound(SOS_NOT_FOUND);
        }
        if (!command.amount().isPositive()) {
            throw RejectedException.invalid("refund_amount", REFUND_NOT_POSITIVE);
        }
        Money refundable = refundable();
        if (command.amount().compareTo(refundable) > 0) {
            throw RejectedException.invalid("refund_amount",
                    String.format(REFUND_TOO_LARGE, refundable.toRupees().toPlainString()));
        }
        RefundId refundId = RefundId.forSosRefund(sosId, refunds.size() + 1);
        apply(new SosRefundRequestedEvent(sosId, refundId, hospitalId, walletId, shiftId, command.amount(),
                command.description(), command.at()));
        return new SosRefundReceipt(sosId, refundId, command.amount(), AggregateLifecycle.getVersion());
    }

    @CommandHandler
    long handle(ReviewSosRefundCommand command) {
        RefundRequest request = refunds.get(command.refundId());
        if (request == null) {
            throw RejectedException.notFound(REFUND_NOT_FOUND);
        }
        String decision = command.approve() ? RefundRequest.APPROVED : RefundRequest.REJECTED;
        boolean alreadyApproved = request.decision().equals(RefundRequest.COMPLETED) && command.approve();
        if (request.decision().equals(decision) || alreadyApproved) {
            return AggregateLifecycle.getVersion();
        }
        if (!request.decision().equals(RefundRequest.PENDING)) {
            throw RejectedException.conflict(String.format(REFUND_ALREADY_DECIDED, request.decision()));
        }
        Money amount = Money.ofPaise(request.amount());
        if (command.approve()) {
            apply(new SosRefundApprovedEvent(sosId, command.refundId(), walletId, amount, command.remarks(),
                    command.adminUserId(), command.at()));
        } else {
            apply(new SosRefundRejectedEvent(sosId, command.refundId(), walletId, amount, command.remarks(),
                    command.adminUserId(), command.at()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    void handle(CompleteSosRefundCommand command) {
        RefundRequest request = refunds.get(command.refundId());
        if (request != null && request.decision().equals(RefundRequest.APPROVED)) {
            apply(new SosRefundCompletedEvent(sosId, command.refundId(), walletId, Money.ofPaise(request.amount()),
                    command.transactionId()));
        }
    }

    @EventSourcingHandler
    void on(EmergencySosOpenedEvent event) {
        sosId = event.sosId();
        shiftId = event.shiftId();
        hospitalId = event.hospitalId();
        walletId = event.walletId();
        extraPay = event.extraPayPerProfessional().paise();
        openPositions = event.openPositions();
        total = event.totalExtraPay().paise();
        deadline = event.urgencyDeadline();
        status = SosStatus.FUNDING;
    }

    @EventSourcingHandler
    void on(EmergencySosSentEvent event) {
        status = SosStatus.SENT;
        held = total;
    }

    @EventSourcingHandler
    void on(EmergencySosAbandonedEvent event) {
        status = SosStatus.ABANDONED;
    }

    @EventSourcingHandler
    void on(EmergencySosExpiredEvent event) {
        status = SosStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(EmergencySosFulfilledEvent event) {
        status = SosStatus.FULFILLED;
    }

    @EventSourcingHandler
    void on(EmergencySosCancelledEvent event) {
        status = SosStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(SosApplicationEligibleEvent event) {
        eligible.put(event.applicationId(), new EligibleApplication(event.professionalId(),
                event.professionalWalletId(), Eligibility.ELIGIBLE));
    }

    @EventSourcingHandler
    void on(SosExtraPayOwedEvent event) {
        eligible.computeIfPresent(event.applicationId(), (id, application) -> application.in(Eligibility.OWED));
        held -= event.amount().paise();
    }

    @EventSourcingHandler
    void on(SosEligibilityLapsedEvent event) {
        eligible.computeIfPresent(event.applicationId(), (id, application) -> application.in(Eligibility.LAPSED));
    }

    @EventSourcingHandler
    void on(EmergencySosSettledEvent event) {
        settled = true;
    }

    @EventSourcingHandler
    void on(SosRefundRequestedEvent event) {
        refunds.put(event.refundId(), new RefundRequest(event.amount().paise(), RefundRequest.PENDING));
    }

    @EventSourcingHandler
    void on(SosRefundApprovedEvent event) {
        refunds.computeIfPresent(event.refundId(), (id, request) -> request.decided(RefundRequest.APPROVED));
        held -= event.amount().paise();
    }

    @EventSourcingHandler
    void on(SosRefundRejectedEvent event) {
        refunds.computeIfPresent(event.refundId(), (id, request) -> request.decided(RefundRequest.REJECTED));
    }

    @EventSourcingHandler
    void on(SosRefundCompletedEvent event) {
        refunds.computeIfPresent(event.refundId(), (id, request) -> request.decided(RefundRequest.COMPLETED));
    }

    /**
     * What the hospital may ask back: what is held, less what eligible professionals can still earn and the refund
     * requests still pending. While the SOS is open every slot it pays for can still be earned.
     */
    private Money refundable() {
        long stillClaimable = isOpen() ? extraPay * (openPositions - count(Eligibility.OWED))
                : extraPay * count(Eligibility.ELIGIBLE);
        long pending = refunds.values().stream()
                .filter(request -> request.decision().equals(RefundRequest.PENDING))
                .mapToLong(RefundRequest::amount).sum();
        return Money.ofPaise(Math.max(0, held - pending - stillClaimable));
    }

    /** Funding or sent: eligible applications may still come. */
    private boolean isOpen() {
        return status == SosStatus.FUNDING || status == SosStatus.SENT;
    }

    private long count(Eligibility state) {
        return eligible.values().stream().filter(application -> application.state() == state).count();
    }

    private void settleIfNothingMoreCanBeOwed() {
        if (!settled && !isOpen() && count(Eligibility.ELIGIBLE) == 0) {
            apply(new EmergencySosSettledEvent(sosId));
        }
    }
}
