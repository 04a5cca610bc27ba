package com.shiftledger.query.sos;

import com.shiftledger.api.sos.EmergencySosAbandonedEvent;
import com.shiftledger.api.sos.EmergencySosCancelledEvent;
import com.shiftledger.api.sos.EmergencySosExpiredEvent;
import com.shiftledger.api.sos.EmergencySosFulfilledEvent;
import com.shiftledger.api.sos.EmergencySosOpenedEvent;
import com.shiftledger.api.sos.EmergencySosPage;
import com.shiftledger.api.sos.EmergencySosSentEvent;
import com.shiftledger.api.sos.EmergencySosView;
import com.shiftledger.api.sos.FindEmergencySosOfShiftQuery;
import com.shiftledger.api.sos.FindEmergencySosQuery;
import com.shiftledger.api.sos.FindHospitalEmergencySosQuery;
import com.shiftledger.api.sos.SosApplicationEligibleEvent;
import com.shiftledger.api.sos.SosId;
import com.shiftledger.api.sos.SosStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Projects the events of every Emergency SOS into its view and answers the SOS queries; a command waiting to answer
 * with the SOS it raised is told each change after it commits.
 */
@Component
@ProcessingGroup(SosProjection.PROCESSING_GROUP)
class SosProjection {

    static final String PROCESSING_GROUP = "sos-projection";

    private final SosEntryRepository entries;
    private final QueryUpdateEmitter updates;

    SosProjection(SosEntryRepository entries, QueryUpdateEmitter updates) {
        this.entries = entries;
        this.updates = updates;
    }

    @EventHandler
    void on(EmergencySosOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        SosEntry entry = entries.findById(event.sosId().value())
                .orElseGet(() -> entries.save(new SosEntry(event, sequence, at)));
        announce(entry);
    }

    @EventHandler
    void on(EmergencySosSentEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.sosId(), sequence, at, sos -> sos.sent(event.transactionId()));
    }

    @EventHandler
    void on(EmergencySosAbandonedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.sosId(), sequence, at, sos -> sos.abandoned(event.requiredAmount(), event.walletBalance()));
    }

    @EventHandler
    void on(EmergencySosExpiredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.sosId(), sequence, at, sos -> sos.ended(SosStatus.EXPIRED));
    }

    @EventHandler
    void on(EmergencySosFulfilledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.sosId(), sequence, at, sos -> sos.ended(SosStatus.FULFILLED));
    }

    @EventHandler
    void on(EmergencySosCancelledEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.sosId(), sequence, at, sos -> sos.ended(SosStatus.CANCELLED));
    }

    @EventHandler
    void on(SosApplicationEligibleEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.sosId(), sequence, at, SosEntry::answered);
    }

    @QueryHandler
    EmergencySosView handle(FindEmergencySosQuery query) {
        return entries.findById(query.sosId().value()).map(SosEntry::view).orElse(null);
    }

    @QueryHandler
    EmergencySosPage handle(FindHospitalEmergencySosQuery query) {
        Page<SosEntry> page = entries.findByHospitalId(query.hospitalId(), PageRequest.of(query.page() - 1,
                query.perPage(), Sort.by(Sort.Direction.DESC, "createdAt", "id")));
        return new EmergencySosPage(page.map(SosEntry::view).getContent(), page.getTotalElements(), query.page(),
                query.perPage());
    }

    @QueryHandler
    EmergencySosView handle(FindEmergencySosOfShiftQuery query) {
        return entries.findFirstByHospitalIdAndShiftIdAndTransactionId(query.hospitalId(), query.shiftId(),
                query.transactionId()).map(SosEntry::view).orElse(null);
    }

    private void change(SosId sosId, long sequence, Instant at, Consumer<SosEntry> change) {
        SosEntry entry = entries.findById(sosId.value()).orElseThrow(() -> new IllegalStateException(
                "SOS " + sosId.value() + " was not projected before its later events"));
        if (entry.takes(sequence, at)) {
            change.accept(entry);
        }
        announce(entry);
    }

    private void announce(SosEntry entry) {
        long id = entry.id();
        updates.emit(FindEmergencySosQuery.class, query -> query.sosId().value() == id, entry.view());
    }
}
