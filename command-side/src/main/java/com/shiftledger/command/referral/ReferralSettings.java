package com.shiftledger.command.referral;

import com.shiftledger.api.referral.ChangeReferralSettingsCommand;
import com.shiftledger.api.referral.ReferralSettingsChangedEvent;
import com.shiftledger.api.referral.ReferralTerms;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The referral settings: the bonuses a referral pays and what a coin is worth when redeemed. One aggregate; every
 * change is an event that says who changed the terms from what to what. Before the first change the seed's values
 * ({@link ReferralTerms#DEFAULTS}) are in force.
 */
@Aggregate
class ReferralSettings {

    @AggregateIdentifier
    private String settingsId;
    private ReferralTerms terms;

    protected ReferralSettings() {
        // required by Axon to rebuild the settings from their events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ReferralTerms handle(ChangeReferralSettingsCommand command) {
        ReferralTerms current = terms == null ? ReferralTerms.DEFAULTS : terms;
        if (isUnchanged(current, command.terms())) {
            return current;
        }
        apply(new ReferralSettingsChangedEvent(command.settingsId(), current, command.terms(), command.adminUserId(),
                command.adminName(), command.at()));
        return terms;
    }

    @EventSourcingHandler
    void on(ReferralSettingsChangedEvent event) {
        settingsId = event.settingsId();
        terms = event.terms();
    }

    private boolean isUnchanged(ReferralTerms current, ReferralTerms next) {
        return settingsId != null && current.sameAs(next);
    }
}
