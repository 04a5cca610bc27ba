package com.shiftledger.query.virtualaccount;

import com.shiftledger.api.virtualaccount.FindVirtualAccountOfHospitalQuery;
import com.shiftledger.api.virtualaccount.FindVirtualAccountsQuery;
import com.shiftledger.api.virtualaccount.MandateActivatedEvent;
import com.shiftledger.api.virtualaccount.VirtualAccountCreatedEvent;
import com.shiftledger.api.virtualaccount.VirtualAccountPage;
import com.shiftledger.api.virtualaccount.VirtualAccountView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Projects the virtual accounts and their mandates for the admin's list. Each row keeps the sequence number of its
 * last event, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(VirtualAccountProjection.PROCESSING_GROUP)
class VirtualAccountProjection {

    static final String PROCESSING_GROUP = "virtual-account-projection";

    private final VirtualAccountEntryRepository accounts;

    VirtualAccountProjection(VirtualAccountEntryRepository accounts) {
        this.accounts = accounts;
    }

    @EventHandler
    void on(VirtualAccountCreatedEvent event, @SequenceNumber long sequence) {
        if (!accounts.existsById(event.virtualAccountId().value())) {
            accounts.save(new VirtualAccountEntry(event, sequence));
        }
    }

    @EventHandler
    void on(MandateActivatedEvent event, @SequenceNumber long sequence) {
        accounts.findById(event.virtualAccountId().value()).ifPresent(entry -> entry.takes(event, sequence));
    }

    @ResetHandler
    void reset() {
        accounts.deleteAllInBatch();
    }

    @QueryHandler
    VirtualAccountPage handle(FindVirtualAccountsQuery query) {
        Page<VirtualAccountEntry> page = accounts.findAllByOrderByIdDesc(
                PageRequest.of(query.page() - 1, query.perPage()));
        return new VirtualAccountPage(page.map(VirtualAccountEntry::view).toList(), page.getTotalElements());
    }

    @QueryHandler
    VirtualAccountView handle(FindVirtualAccountOfHospitalQuery query) {
        return accounts.findByHospitalId(query.hospitalId()).map(VirtualAccountEntry::view).orElse(null);
    }
}
