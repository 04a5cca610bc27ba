package com.shiftledger.query.referral;

import com.shiftledger.api.money.Coins;
import com.shiftledger.api.referral.FindReferralTermsQuery;
import com.shiftledger.api.referral.ReferralSettingsChangedEvent;
import com.shiftledger.api.referral.ReferralTerms;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Projects the referral settings' changes into the terms in force; until an admin changes them the seed's values
 * ({@link ReferralTerms#DEFAULTS}) are. A redelivered change finds itself taken already and changes nothing.
 */
@Component
@ProcessingGroup(ReferralProjection.PROCESSING_GROUP)
class ReferralProjection {

    static final String PROCESSING_GROUP = "referral-projection";

    private final ReferralSettingsEntryRepository settings;
    private final QueryUpdateEmitter updates;

    ReferralProjection(ReferralSettingsEntryRepository settings, QueryUpdateEmitter updates) {
        this.settings = settings;
        this.updates = updates;
    }

    @EventHandler
    void on(ReferralSettingsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ReferralSettingsEntry entry = settings.findById(event.settingsId())
                .orElseGet(() -> new ReferralSettingsEntry(event.settingsId()));
        ReferralTerms terms = event.terms();
        if (entry.takes(sequence, terms.referralBonus().count(), terms.refereeBonus().count(),
                terms.coinExchangeRate(), at)) {
            settings.save(entry);
            updates.emit(FindReferralTermsQuery.class, query -> true, terms);
        }
    }

    @QueryHandler
    ReferralTerms handle(FindReferralTermsQuery query) {
        return settings.findAll().stream().findFirst()
                .map(entry -> new ReferralTerms(Coins.of(entry.referralBonus()), Coins.of(entry.refereeBonus()),
                        entry.coinExchangeRate()))
                .orElse(ReferralTerms.DEFAULTS);
    }
}
