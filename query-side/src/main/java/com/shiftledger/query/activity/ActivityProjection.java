package com.shiftledger.query.activity;

import com.shiftledger.api.dashboard.ActivityPage;
import com.shiftledger.api.dashboard.ActivityView;
import com.shiftledger.api.dashboard.FindRecentActivitiesQuery;
import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.refund.RefundRequestedEvent;
import com.shiftledger.api.shift.ShiftCancelledEvent;
import com.shiftledger.api.shift.ShiftCompletedEvent;
import com.shiftledger.api.shift.ShiftCreatedEvent;
import com.shiftledger.api.shift.ShiftDiscardedEvent;
import com.shiftledger.api.shift.ShiftId;
import com.shiftledger.api.shift.ShiftPayRaisedEvent;
import com.shiftledger.api.shift.ShiftPublishedEvent;
import com.shiftledger.api.shift.ShiftRevisedEvent;
import com.shiftledger.api.sos.SosRefundRequestedEvent;
import com.shiftledger.api.wallet.OwnerType;
import com.shiftledger.api.wallet.TopUpCapturedEvent;
import com.shiftledger.api.wallet.WalletCreditedEvent;
import com.shiftledger.api.wallet.WalletDebitedEvent;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import com.shiftledger.api.wallet.WithdrawalApprovedEvent;
import com.shiftledger.api.wallet.WithdrawalRejectedEvent;
import com.shiftledger.api.wallet.WithdrawalRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Writes the platform's activity feed from events: registrations, shifts created, published, cancelled and
 * completed, top-ups, withdrawals and their outcome, refunds opened and credited, Emergency SOS paid for. Each event
 * writes at most one entry, once (an entry remembers its event); one segment writes them in the order they were
 * stored. A reset empties the feed and the replay writes it again.
 */
@Component
@ProcessingGroup(ActivityProjection.PROCESSING_GROUP)
class ActivityProjection {

    static final String PROCESSING_GROUP = "activity-projection";
    static final String HOSPITAL_REGISTERED = "hospital_registered";
    static final String PROFESSIONAL_REGISTERED = "professional_registered";
    static final String SHIFT_CREATED = "shift_created";
    static final String SHIFT_PUBLISHED = "shift_published";
    static final String SHIFT_CANCELLED = "shift_cancelled";
    static final String SHIFT_COMPLETED = "shift_completed";
    static final String WALLET_TOPUP = "wallet_topup";
    static final String WITHDRAWAL_REQUESTED = "withdrawal_requested";
    static final String WITHDRAWAL_APPROVED = "withdrawal_approved";
    static final String WITHDRAWAL_REJECTED = "withdrawal_rejected";
    static final String REFUND_REQUESTED = "refund_requested";
    static final String REFUND_CREDITED = "refund_credited";
    static final String EMERGENCY_SOS = "emergency_sos";
    private static final String SHIFT = "shift";

    private final ActivityEntryRepository entries;
    private final ActivityPartyRepository parties;
    private final ActivityShiftRepository shifts;
    private final ActivityTotalRepository totals;

    ActivityProjection(ActivityEntryRepository entries, ActivityPartyRepository parties,
                       ActivityShiftRepository shifts, ActivityTotalRepository totals) {
        this.entries = entries;
        this.parties = parties;
        this.shifts = shifts;
        this.totals = totals;
    }

    @EventHandler
    void on(WalletOpenedEvent event, EventMessage<?> message) {
        if (!parties.existsById(event.account().name())) {
            parties.save(new ActivityParty(event.account().name(), event.ownerName()));
        }
        ActivityEntry.Party party = new ActivityEntry.Party(event.ownerType().code(), event.ownerId(),
                event.ownerName());
        boolean hospital = event.ownerType() == OwnerType.HOSPITAL;
        write(message, hospital ? HOSPITAL_REGISTERED : PROFESSIONAL_REGISTERED,
                event.ownerName() + (hospital ? " registered as a hospital" : " registered as a professional"),
                null, ActivityEntry.Actor.of(party), hospital ? party : null, event.ownerType().code(),
                String.valueOf(event.ownerId()));
    }

    @EventHandler
    void on(ShiftCreatedEvent event, EventMessage<?> message) {
        long shiftId = event.shiftId().value();
        ActivityShift shift = shifts.findById(shiftId).orElseGet(() -> shifts.save(new ActivityShift(shiftId,
                event.hospitalId(), event.hospitalName(), event.shiftCode(), event.details().title())));
        ActivityEntry.Party hospital = shift.hospital();
        write(message, SHIFT_CREATED, hospital.name() + " created shift " + shift.named(), null,
                ActivityEntry.Actor.of(hospital), hospital, SHIFT, String.valueOf(shiftId));
    }

    @EventHandler
    void on(ShiftRevisedEvent event) {
        shift(event.shiftId()).ifPresent(shift -> shift.retitled(event.details().title()));
    }

    @EventHandler
    void on(ShiftPayRaisedEvent event) {
        shift(event.shiftId()).ifPresent(shift -> shift.retitled(event.details().title()));
    }

    /** A draft that could not be funded when it was created leaves the feed, as it leaves every read model. */
    @EventHandler
    void on(ShiftDiscardedEvent event) {
        String shiftId = String.valueOf(event.shiftId().value());
        List<ActivityEntry> created = entries.findByTypeAndReferenceTypeAndReferenceId(SHIFT_CREATED, SHIFT, shiftId);
        entries.deleteAll(created);
        total().add(-created.size());
        shifts.deleteById(event.shiftId().value());
    }

    @EventHandler
    void on(ShiftPublishedEvent event, EventMessage<?> message) {
        shift(event.shiftId()).ifPresent(shift -> write(message, SHIFT_PUBLISHED, "Shift " + shift.named() + " of "
                        + shift.hospital().name() + " published: " + event.amount() + " held in escrow",
                event.amount().paise(), ActivityEntry.Actor.of(shift.hospital()), shift.hospital(), SHIFT,
                String.valueOf(event.shiftId().value())));
    }

    @EventHandler
    void on(ShiftCancelledEvent event, EventMessage<?> message) {
        String reason = event.reason() == null || event.reason().isBlank() ? "" : ": " + event.reason().strip();
        shift(event.shiftId()).ifPresent(shift -> write(message, SHIFT_CANCELLED, shift.hospital().name()
                        + " cancelled shift " + shift.named() + reason, null, ActivityEntry.Actor.of(shift.hospital()),
                shift.hospital(), SHIFT, String.valueOf(event.shiftId().value())));
    }

    @EventHandler
    void on(ShiftCompletedEvent event, EventMessage<?> message) {
        shift(event.shiftId()).ifPresent(shift -> write(message, SHIFT_COMPLETED, "Shift " + shift.named() + " of "
                        + shift.hospital().name() + " completed", null, ActivityEntry.Actor.SYSTEM, shift.hospital(),
                SHIFT, String.valueOf(event.shiftId().value())));
    }

    @EventHandler
    void on(TopUpCapturedEvent event, EventMessage<?> message) {
        ActivityEntry.Party hospital = party(event.account());
        write(message, WALLET_TOPUP, hospital.name() + " topped up its wallet with " + event.amount(),
                event.amount().paise(), ActivityEntry.Actor.of(hospital), hospital, "razorpay_order",
                event.orderId());
    }

    @EventHandler
    void on(WithdrawalRequestedEvent event, EventMessage<?> message) {
        ActivityEntry.Party owner = party(event.account());
        write(message, WITHDRAWAL_REQUESTED, owner.name() + " asked to withdraw " + event.amount() + " ("
                        + event.method().code() + ")", event.amount().paise(), ActivityEntry.Actor.of(owner),
                hospitalOrNull(owner), "withdrawal", String.valueOf(event.withdrawalId()));
    }

    @EventHandler
    void on(WithdrawalApprovedEvent event, EventMessage<?> message) {
        ActivityEntry.Party owner = party(event.account());
        write(message, WITHDRAWAL_APPROVED, "Withdrawal #" + event.withdrawalId() + " of " + owner.name()
                        + " approved: " + event.amount() + " paid out", event.amount().paise(),
                ActivityEntry.Actor.ADMIN, hospitalOrNull(owner), "withdrawal", String.valueOf(event.withdrawalId()));
    }

    @EventHandler
    void on(WithdrawalRejectedEvent event, EventMessage<?> message) {
        ActivityEntry.Party owner = party(event.account());
        write(message, WITHDRAWAL_REJECTED, "Withdrawal #" + event.withdrawalId() + " of " + owner.name()
                        + " rejected: " + event.amount() + " returned to the wallet", event.amount().paise(),
                ActivityEntry.Actor.ADMIN, hospitalOrNull(owner), "withdrawal", String.valueOf(event.withdrawalId()));
    }

    @EventHandler
    void on(RefundRequestedEvent event, EventMessage<?> message) {
        ActivityEntry.Party hospital = party(Account.hospital(event.hospitalId()));
        String of = event.shiftId() == null ? "" : " of shift #" + event.shiftId();
        write(message, REFUND_REQUESTED, "Refund " + event.refundId().code() + of + " for " + hospital.name() + ": "
                        + event.refundAmount() + " after the hold period", event.refundAmount().paise(),
                ActivityEntry.Actor.SYSTEM, hospital, "refund", event.refundId().code());
    }

    @EventHandler
    void on(SosRefundRequestedEvent event, EventMessage<?> message) {
        ActivityEntry.Party hospital = party(Account.hospital(event.hospitalId()));
        write(message, REFUND_REQUESTED, hospital.name() + " asked for " + event.amount() + " of Emergency SOS #"
                        + event.sosId().value() + " back (refund " + event.refundId().code() + ")",
                event.amount().paise(), ActivityEntry.Actor.of(hospital), hospital, "refund", event.refundId().code());
    }

    @EventHandler
    void on(WalletCreditedEvent event, EventMessage<?> message) {
        if (event.category() == TransactionCategory.REFUND
                || event.category() == TransactionCategory.EMERGENCY_SOS_REFUND) {
            ActivityEntry.Party owner = party(event.account());
            write(message, REFUND_CREDITED, event.amount() + " refunded to the wallet of " + owner.name(),
                    event.amount().paise(), ActivityEntry.Actor.SYSTEM, hospitalOrNull(owner),
                    event.counterparty().kind(), event.counterparty().reference());
        }
    }

    @EventHandler
    void on(WalletDebitedEvent event, EventMessage<?> message) {
        if (event.category() == TransactionCategory.EMERGENCY_SOS) {
            ActivityEntry.Party hospital = party(event.account());
            String sosId = event.counterparty().reference();
            write(message, EMERGENCY_SOS, hospital.name() + " sent Emergency SOS #" + sosId + ": " + event.amount()
                    + " extra pay held", event.amount().paise(), ActivityEntry.Actor.of(hospital), hospital, "sos",
                    sosId);
        }
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
        parties.deleteAllInBatch();
        shifts.deleteAllInBatch();
        totals.deleteAllInBatch();
    }

    @QueryHandler
    ActivityPage handle(FindRecentActivitiesQuery query) {
        List<ActivityView> items = entries.findAllByOrderByOccurredAtDescEntryNumberDesc(
                        PageRequest.of(query.page() - 1, query.perPage())).stream()
                .map(ActivityProjection::view)
                .toList();
        long total = totals.findById(ActivityTotal.FEED).map(ActivityTotal::entries).orElse(0L);
        return new ActivityPage(items, total, query.page(), query.perPage());
    }

    /** Writes the event's entry unless it was written already. */
    private void write(EventMessage<?> message, String type, String description, Long amountPaise,
                       ActivityEntry.Actor actor, ActivityEntry.Party hospital, String referenceType,
                       String referenceId) {
        if (entries.existsByEventId(message.getIdentifier())) {
            return;
        }
        entries.save(new ActivityEntry(message.getIdentifier(), type, description, amountPaise, actor, hospital,
                referenceType, referenceId, message.getTimestamp()));
        total().add(1);
    }

    private ActivityTotal total() {
        return totals.findById(ActivityTotal.FEED).orElseGet(() -> totals.save(new ActivityTotal(ActivityTotal.FEED)));
    }

    private Optional<ActivityShift> shift(ShiftId shiftId) {
        return shifts.findById(shiftId.value());
    }

    /** The hospital or professional an account belongs to, named as its wallet was opened. */
    private ActivityEntry.Party party(Account account) {
        String name = parties.findById(account.name()).map(ActivityParty::name).orElse(account.name());
        return new ActivityEntry.Party(account.kind(), Long.parseLong(account.reference()), name);
    }

    private static ActivityEntry.Party hospitalOrNull(ActivityEntry.Party party) {
        return party.kind().equals("hospital") ? party : null;
    }

    private static ActivityView view(ActivityEntry entry) {
        ActivityView.HospitalReference hospital = entry.hospitalId() == null ? null
                : new ActivityView.HospitalReference(entry.hospitalId(), entry.hospitalName());
        return new ActivityView(entry.eventId(), entry.type(), entry.description(),
                entry.amountPaise() == null ? null : Money.ofPaise(entry.amountPaise()),
                new ActivityView.Actor(entry.actorType(), entry.actorId(), entry.actorName()), hospital,
                entry.referenceType(), entry.referenceId(), entry.occurredAt());
    }
}
