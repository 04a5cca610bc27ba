package com.shiftledger.query.alert;

import com.shiftledger.api.alert.FindLowBalanceAlertQuery;
import com.shiftledger.api.alert.FindLowBalanceAlertsQuery;
import com.shiftledger.api.alert.LowBalanceAlertPage;
import com.shiftledger.api.alert.LowBalanceAlertRaisedEvent;
import com.shiftledger.api.alert.LowBalanceAlertReviewedEvent;
import com.shiftledger.api.alert.LowBalanceAlertView;
import com.shiftledger.api.money.Money;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Projects low-balance alerts and their reviews. An alert's row is named by the alert, and a review is taken once,
 * so a redelivered event changes nothing; each change is announced to the answers that wait for it.
 */
@Component
@ProcessingGroup(LowBalanceAlertProjection.PROCESSING_GROUP)
class LowBalanceAlertProjection {

    static final String PROCESSING_GROUP = "low-balance-alert-projection";

    private final LowBalanceAlertEntryRepository alerts;
    private final QueryUpdateEmitter updates;

    LowBalanceAlertProjection(LowBalanceAlertEntryRepository alerts, QueryUpdateEmitter updates) {
        this.alerts = alerts;
        this.updates = updates;
    }

    @EventHandler
    void on(LowBalanceAlertRaisedEvent event) {
        if (alerts.existsById(event.alertId().code())) {
            return;
        }
        LowBalanceAlertEntry entry = alerts.save(new LowBalanceAlertEntry(event.alertId().code(), event.hospitalId(),
                event.walletId().value(), event.balance().paise(), event.threshold().paise(), event.raisedAt()));
        announce(entry);
    }

    @EventHandler
    void on(LowBalanceAlertReviewedEvent event) {
        alerts.findById(event.alertId().code()).ifPresent(entry -> {
            if (entry.reviewed(event.notes(), event.reviewedByUserId(), event.reviewedAt())) {
                announce(alerts.save(entry));
            }
        });
    }

    @QueryHandler
    LowBalanceAlertView handle(FindLowBalanceAlertQuery query) {
        return alerts.findById(query.alertId().code()).map(LowBalanceAlertProjection::view).orElse(null);
    }

    @QueryHandler
    LowBalanceAlertPage handle(FindLowBalanceAlertsQuery query) {
        PageRequest page = PageRequest.of(query.page() - 1, query.perPage(),
                Sort.by(Sort.Direction.DESC, "raisedAt", "alertId"));
        Page<LowBalanceAlertEntry> found = query.status() == null ? alerts.findAll(page)
                : alerts.findByStatus(query.status(), page);
        return new LowBalanceAlertPage(found.map(LowBalanceAlertProjection::view).getContent(),
                found.getTotalElements(), query.page(), query.perPage());
    }

    private void announce(LowBalanceAlertEntry entry) {
        LowBalanceAlertView view = view(entry);
        updates.emit(FindLowBalanceAlertQuery.class, query -> query.alertId().code().equals(entry.alertId()), view);
    }

    private static LowBalanceAlertView view(LowBalanceAlertEntry entry) {
        return new LowBalanceAlertView(entry.alertId(), entry.hospitalId(), entry.walletId(),
                Money.ofPaise(entry.balancePaise()), Money.ofPaise(entry.thresholdPaise()), entry.status(),
                entry.notes(), entry.raisedAt(), entry.reviewedById(), entry.reviewedAt());
    }
}
