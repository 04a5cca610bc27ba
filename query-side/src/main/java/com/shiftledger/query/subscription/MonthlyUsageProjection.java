package com.shiftledger.query.subscription;

import com.shiftledger.api.subscription.CountMonthlyUsesQuery;
import com.shiftledger.api.subscription.FindMonthlyUseQuery;
import com.shiftledger.api.subscription.MonthlyUse;
import com.shiftledger.api.subscription.MonthlyUseClaimedEvent;
import com.shiftledger.api.subscription.MonthlyUseReleasedEvent;
import com.shiftledger.api.subscription.MonthlyUseView;
import com.shiftledger.api.subscription.MonthlyUsageId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Projects each hospital's monthly claims, so that {@code check-*-limit} counts the month's uses as the
 * {@code MonthlyUsage} aggregate does. Each claim keeps the sequence number of the last event it took, so a
 * redelivered event changes nothing; each change is announced to the answers that wait for it.
 */
@Component
@ProcessingGroup(SubscriptionProjection.PROCESSING_GROUP)
class MonthlyUsageProjection {

    private final MonthlyUseEntryRepository uses;
    private final QueryUpdateEmitter updates;

    MonthlyUsageProjection(MonthlyUseEntryRepository uses, QueryUpdateEmitter updates) {
        this.uses = uses;
        this.updates = updates;
    }

    @EventHandler
    void on(MonthlyUseClaimedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        take(event.usageId(), event.use(), event.reference(), sequence, false, event.at() == null ? at : event.at());
    }

    @EventHandler
    void on(MonthlyUseReleasedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        take(event.usageId(), event.use(), event.reference(), sequence, true, at);
    }

    @QueryHandler
    Long handle(CountMonthlyUsesQuery query) {
        return uses.countByHospitalIdAndMonthAndUseKindAndReleasedFalse(query.usageId().hospitalId(),
                query.usageId().month(), query.use().code());
    }

    @QueryHandler
    MonthlyUseView handle(FindMonthlyUseQuery query) {
        return uses.findById(MonthlyUseEntry.key(query.usageId(), query.use(), query.reference()))
                .map(MonthlyUseEntry::view).orElse(null);
    }

    private void take(MonthlyUsageId usageId, MonthlyUse use, String reference, long sequence, boolean released,
                      Instant at) {
        MonthlyUseEntry entry = uses.findById(MonthlyUseEntry.key(usageId, use, reference))
                .orElseGet(() -> new MonthlyUseEntry(usageId, use, reference, at));
        if (entry.takes(sequence, released, at)) {
            uses.save(entry);
            MonthlyUseView view = entry.view();
            updates.emit(FindMonthlyUseQuery.class, query -> query.usageId().equals(usageId)
                    && query.use() == use && query.reference().equals(reference), view);
        }
    }
}
