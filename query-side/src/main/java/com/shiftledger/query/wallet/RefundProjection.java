package com.shiftledger.query.wallet;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.FindAllRefundsQuery;
import com.shiftledger.api.refund.FindRefundByIdQuery;
import com.shiftledger.api.refund.FindRefundQuery;
import com.shiftledger.api.refund.FindRefundsQuery;
import com.shiftledger.api.refund.RefundCompletedEvent;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundPage;
import com.shiftledger.api.refund.RefundReleaseStartedEvent;
import com.shiftledger.api.refund.RefundRequestedEvent;
import com.shiftledger.api.refund.RefundStatus;
import com.shiftledger.api.refund.RefundView;
import com.shiftledger.api.sos.SosRefundApprovedEvent;
import com.shiftledger.api.sos.SosRefundCompletedEvent;
import com.shiftledger.api.sos.SosRefundRejectedEvent;
import com.shiftledger.api.sos.SosRefundRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Projects refunds into the wallet read model: one row per refund, pending, processing or completed. A
 * redelivered event finds the refund already there or past that step and changes nothing.
 */
@Component
@ProcessingGroup(WalletProjection.PROCESSING_GROUP)
class RefundProjection {

    /** Refunds still on their way to the wallet: what {@code pending_refunds} and {@code total_pending} count. */
    static final List<String> WAITING = List.of(RefundStatus.PENDING.code(), RefundStatus.PROCESSING.code());
    static final List<String> COMPLETED = List.of(RefundStatus.COMPLETED.code());

    private final RefundEntryRepository refunds;
    private final QueryUpdateEmitter updates;

    RefundProjection(RefundEntryRepository refunds, QueryUpdateEmitter updates) {
        this.refunds = refunds;
        this.updates = updates;
    }

    @EventHandler
    void on(RefundRequestedEvent event, @Timestamp Instant at) {
        RefundEntry refund = refunds.findByRefundCode(event.refundId().code()).orElseGet(() -> refunds.save(
                new RefundEntry(event.refundId().code(), event.hospitalId(), event.walletId().value(),
                        event.shiftId(), event.originalAmount().paise(), event.feeDeducted().paise(),
                        event.refundAmount().paise(), event.reason(),
                        event.requestedAt() == null ? at : event.requestedAt(), event.availableAt(), at)));
        announce(event.refundId(), refund);
    }

    @EventHandler
    void on(RefundReleaseStartedEvent event, @Timestamp Instant at) {
        RefundEntry refund = refund(event.refundId());
        refund.releaseStarted(at);
        announce(event.refundId(), refund);
    }

    @EventHandler
    void on(RefundCompletedEvent event, @Timestamp Instant at) {
        RefundEntry refund = refund(event.refundId());
        refund.completed(event.transactionId(), at);
        announce(event.refundId(), refund);
    }

    @EventHandler
    void on(SosRefundRequestedEvent event, @Timestamp Instant at) {
        RefundEntry refund = refunds.findByRefundCode(event.refundId().code()).orElseGet(() -> refunds.save(
                RefundEntry.sosRequest(event.refundId().code(), event.hospitalId(), event.walletId().value(),
                        event.shiftId().value(), event.sosId().value(), event.amount().paise(), event.description(),
                        event.requestedAt(), at)));
        announce(event.refundId(), refund);
    }

    @EventHandler
    void on(SosRefundApprovedEvent event, @Timestamp Instant at) {
        RefundEntry refund = refund(event.refundId());
        refund.approved(event.remarks(), at);
        announce(event.refundId(), refund);
    }

    @EventHandler
    void on(SosRefundRejectedEvent event, @Timestamp Instant at) {
        RefundEntry refund = refund(event.refundId());
        refund.rejected(event.remarks(), at);
        announce(event.refundId(), refund);
    }

    @EventHandler
    void on(SosRefundCompletedEvent event, @Timestamp Instant at) {
        RefundEntry refund = refund(event.refundId());
        refund.completed(event.transactionId(), at);
        announce(event.refundId(), refund);
    }

    @QueryHandler
    RefundView handle(FindRefundByIdQuery query) {
        return refunds.findById(query.id()).map(RefundProjection::view).orElse(null);
    }

    @QueryHandler
    RefundPage handle(FindAllRefundsQuery query) {
        PageRequest pageable = PageRequest.of(query.page() - 1, query.perPage(),
                Sort.by(Sort.Direction.DESC, "requestedAt", "id"));
        Page<RefundEntry> page = refunds.findAll(matching(query.status(), query.reason()), pageable);
        List<RefundEntryRepository.StatusTotal> totals = refunds.totalsByStatus();
        RefundEntryRepository.RefundTotal waiting = RefundEntryRepository.RefundTotal.of(totals, WAITING);
        RefundEntryRepository.RefundTotal completed = RefundEntryRepository.RefundTotal.of(totals, COMPLETED);
        return new RefundPage(page.map(RefundProjection::view).getContent(), page.getTotalElements(), query.page(),
                query.perPage(), waiting.count(), Money.ofPaise(waiting.amount()), completed.count(),
                Money.ofPaise(completed.amount()));
    }

    @QueryHandler
    RefundView handle(FindRefundQuery query) {
        return refunds.findByRefundCode(query.refundId().code()).map(RefundProjection::view).orElse(null);
    }

    @QueryHandler
    RefundPage handle(FindRefundsQuery query) {
        long walletId = query.walletId().value();
        PageRequest pageable = PageRequest.of(query.page() - 1, query.perPage(),
                Sort.by(Sort.Direction.DESC, "requestedAt", "id"));
        Page<RefundEntry> page = query.status() == null ? refunds.findByWalletId(walletId, pageable)
                : refunds.findByWalletIdAndStatus(walletId, query.status(), pageable);
        List<RefundEntryRepository.StatusTotal> totals = refunds.totalsByStatus(walletId);
        RefundEntryRepository.RefundTotal waiting = RefundEntryRepository.RefundTotal.of(totals, WAITING);
        RefundEntryRepository.RefundTotal completed = RefundEntryRepository.RefundTotal.of(totals, COMPLETED);
        return new RefundPage(page.map(RefundProjection::view).getContent(), page.getTotalElements(), query.page(),
                query.perPage(), waiting.count(), Money.ofPaise(waiting.amount()), completed.count(),
                Money.ofPaise(completed.amount()));
    }

    /** Tells a command waiting on this refund (see {@link FindRefundQuery}) how it stands now. */
    private void announce(RefundId refundId, RefundEntry refund) {
        updates.emit(FindRefundQuery.class, query -> query.refundId().equals(refundId), view(refund));
    }

    private RefundEntry refund(RefundId refundId) {
        return refunds.findByRefundCode(refundId.code()).orElseThrow(() -> new IllegalStateException(
                "Refund " + refundId.code() + " was not projected before its later events"));
    }

    private static Specification<RefundEntry> matching(String status, String reason) {
        return (root, criteriaQuery, cb) -> cb.and(
                status == null ? cb.conjunction() : cb.equal(root.get("status"), status),
                reason == null ? cb.conjunction() : cb.equal(root.get("reason"), reason));
    }

    private static RefundView view(RefundEntry r) {
        return new RefundView(r.id(), r.refundCode(), r.hospitalId(), r.walletId(), r.shiftId(), r.sosId(),
                Money.ofPaise(r.originalAmountPaise()), Money.ofPaise(r.feeDeductedPaise()),
                Money.ofPaise(r.refundAmountPaise()), r.status(), r.reason(), r.description(), r.remarks(),
                r.requestedAt(), r.availableAt(), r.completedAt(), r.transactionId());
    }
}
