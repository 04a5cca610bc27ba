package com.shiftledger.command.shift;

import com.shiftledger.api.shift.ShiftApplicationSubmittedEvent;
import com.shiftledger.api.shift.ShiftExtensionRequestedEvent;
import com.shiftledger.api.shift.ShiftId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The command side's own directory of applications and shift extensions to their shifts, written in the same
 * transaction as the event (a subscribing processor), so an application or an extension can be addressed by its id
 * alone.
 */
@Component
@ProcessingGroup(ShiftApplicationLookup.PROCESSING_GROUP)
class ShiftApplicationLookup {

    static final String PROCESSING_GROUP = "shift-lookup";

    private final ShiftApplicationLookupRepository entries;
    private final ShiftExtensionLookupRepository extensions;

    ShiftApplicationLookup(ShiftApplicationLookupRepository entries, ShiftExtensionLookupRepository extensions) {
        this.entries = entries;
        this.extensions = extensions;
    }

    @EventHandler
    void on(ShiftApplicationSubmittedEvent event) {
        entries.save(new ShiftApplicationLookupEntry(event.applicationId(), event.shiftId().value()));
    }

    @EventHandler
    void on(ShiftExtensionRequestedEvent event) {
        extensions.save(new ShiftExtensionLookupEntry(event.extensionId(), event.shiftId().value()));
    }

    Optional<ShiftId> shiftOf(long applicationId) {
        return entries.findById(applicationId).map(entry -> new ShiftId(entry.shiftId()));
    }

    Optional<ShiftId> shiftOfExtension(long extensionId) {
        return extensions.findById(extensionId).map(entry -> new ShiftId(entry.shiftId()));
    }
}
