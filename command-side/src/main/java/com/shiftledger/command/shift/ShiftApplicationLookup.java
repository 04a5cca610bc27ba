package com.shiftledger.command.shift;

import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The command side's own directory of applications to their shifts, written in the same transaction as the
 * event (a subscribing processor), so an application can be addressed by its id alone.
 */
@Component
@ProcessingGroup(ShiftApplicationLookup.PROCESSING_GROUP)
class ShiftApplicationLookup {

    static final String PROCESSING_GROUP = "shift-lookup";

    private final Entries entries;

    ShiftApplicationLookup(Entries entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(ShiftApplicationSubmittedEvent event) {
        entries.save(new Entry(event.applicationId(), event.shiftId().value()));
    }

    Optional<ShiftId> shiftOf(long applicationId) {
        return entries.findById(applicationId).map(entry -> new ShiftId(entry.shiftId));
    }

    /** One application and its shift. */
    @Entity
    @Table(name = "shift_application_lookup")
    static class Entry {

        @Id
        @Column(name = "application_id")
        private long applicationId;

        @Column(name = "shift_id", nullable = false)
        private long shiftId;

        protected Entry() {
        }

        Entry(long applicationId, long shiftId) {
            this.applicationId = applicationId;
            this.shiftId = shiftId;
        }
    }

    interface Entries extends JpaRepository<Entry, Long> {
    }
}
