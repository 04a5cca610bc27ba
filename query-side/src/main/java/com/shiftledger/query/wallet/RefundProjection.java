package com.shiftledger.query.wallet;

import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.FindRefundsQuery;
import com.shiftledger.api.refund.RefundCompletedEvent;
import com.shiftledger.api.refund.RefundId;
import com.shiftledger.api.refund.RefundPage;
import com.shiftledger.api.refund.RefundReleaseStartedEvent;
import com.shiftledger.api.refund.RefundRequestedEvent;
import com.shiftledger.api.refund.RefundStatus;
import com.shiftledger.api.refund.RefundView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    RefundProjection(RefundEntryRepository refunds) {
        this.refunds = refunds;
    }

    @EventHandler
    void on(RefundRequestedEvent event, @Timestamp Instant at) {
        if (refunds.findByRefundCode(event.refundId().code()).isPresent()) {
            return;
        }
        refunds.save(new RefundEntry(event.refundId().code(), event.hospitalId(), event.walletId().value(),
                event.shiftId(), event.originalAmount().paise(), event.feeDeducted().paise(),
                event.refundAmount().paise(), event.reason(), event.requestedAt() == null ? at : event.requestedAt(),
                event.availableAt(), at));
    }

    @EventHandler
    void on(RefundReleaseStartedEvent event, @Timestamp Instant at) {
        refund(event.refundId()).releaseStarted(at);
    }

    @EventHandler
    void on(RefundCompletedEvent event, @Timestamp Instant at) {
        refund(event.refundId()).completed(event.transactionId(), at);
    }

    @QueryHandler
    RefundPage handle(FindRefundsQuery query) {
        long walletId = query.walletId().value();
        PageRequest pageable = PageRequest.of(query.page() - 1, query.perPage(),
                Sort.by(Sort.Direction.DESC, "requestedAt", "id"));
        Page<RefundEntry> page = query.status() == null ? refunds.findByWalletId(walletId, pageable)
                : refunds.findByWalletIdAndStatus(walletId, query.status(), pageable);
        RefundEntryRepository.RefundTotal waiting = refunds.totalOf(walletId, WAITING);
        RefundEntryRepository.RefundTotal completed = refunds.totalOf(walletId, COMPLETED);
        return new RefundPage(page.map(RefundProjection::view).getContent(), page.getTotalElements(), query.page(),
                query.perPage(), waiting.getCount(), Money.ofPaise(waiting.getAmount()), completed.getCount(),
                Money.ofPaise(completed.getAmount()));
    }

    private RefundEntry refund(RefundId refundId) {
        return refunds.findByRefundCode(refundId.code()).orElseThrow(() -> new IllegalStateException(
                "Refund " + refundId.code() + " was not projected before its later events"));
    }

    private static RefundView view(RefundEntry r) {
        return new RefundView(r.id(), r.refundCode(), r.shiftId(), Money.ofPaise(r.originalAmountPaise()),
                Money.ofPaise(r.feeDeductedPaise()), Money.ofPaise(r.refundAmountPaise()), r.status(), r.reason(),
                r.requestedAt(), r.availableAt(), r.completedAt(), r.transactionId());
    }
}
