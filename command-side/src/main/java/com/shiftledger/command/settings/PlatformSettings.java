package com.shiftledger.command.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.api.platform.ChangePlatformSettingsCommand;
import com.shiftledger.api.platform.PlatformSettingsChangedEvent;
import com.shiftledger.api.platform.PlatformTerms;
import com.shiftledger.api.platform.SettingChange;
import com.shiftledger.api.platform.SosTier;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.subscription.FreePlan;
import com.shiftledger.api.subscription.MonthlyUse;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The platform's settings: the terms new shifts, refunds and SOS requests take on, and the low-balance threshold of
 * hospital wallets that have none of their own. One aggregate for all of them,
 * so a change is checked and recorded as a whole, and every change is an event that says who changed which setting
 * from what to what. Before the first change the {@code shiftledger.*} settings are in force.
 */
@Aggregate
class PlatformSettings {

    static final String SERVICE_CHARGE = "service_charge_percent";
    static final String REFUND_FEE = "refund_fee_percent";
    static final String HOLD_PERIOD = "refund_hold_period";
    static final String SOS_TIERS = "sos_tiers";
    static final String LOW_BALANCE_THRESHOLD = "low_balance_threshold";
    static final String FREE_PLAN_SHIFT_LIMIT = "free_plan_shift_limit";
    static final String FREE_PLAN_SOS_LIMIT = "free_plan_sos_limit";
    static final String FREE_PLAN_ROSTER_LIMIT = "free_plan_roster_limit";
    static final String FREE_PLAN_VACANCY_LIMIT = "free_plan_vacancy_limit";

    private static final ObjectMapper JSON = new ObjectMapper();

    @AggregateIdentifier
    private String settingsId;
    private PlatformTerms terms;

    protected PlatformSettings() {
        // required by Axon to rebuild the settings from their events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    PlatformTerms handle(ChangePlatformSettingsCommand command) {
        PlatformTerms current = terms == null ? command.defaults() : terms.orDefaults(command.defaults());
        PlatformTerms next = command.changes().applyTo(current);
        List<SettingChange> changes = changesBetween(current, next);
        if (changes.isEmpty()) {
            return current;
        }
        apply(new PlatformSettingsChangedEvent(command.settingsId(), next, changes, command.adminUserId(),
                command.adminName(), command.at()));
        return next;
    }

    @EventSourcingHandler
    void on(PlatformSettingsChangedEvent event) {
        settingsId = event.settingsId();
        terms = event.terms();
    }

    /** Each setting whose value differs, in the API's notation. */
    static List<SettingChange> changesBetween(PlatformTerms before, PlatformTerms after) {
        Map<String, String[]> values = new LinkedHashMap<>();
        values.put(SERVICE_CHARGE, new String[]{percent(before.serviceChargePercent()),
                percent(after.serviceChargePercent())});
        values.put(REFUND_FEE, new String[]{percent(before.refund().feePercent()),
                percent(after.refund().feePercent())});
        values.put(HOLD_PERIOD, new String[]{RefundTerms.iso(before.refund().holdPeriod()),
                RefundTerms.iso(after.refund().holdPeriod())});
        values.put(SOS_TIERS, new String[]{tiers(before.sosTiers()), tiers(after.sosTiers())});
        values.put(LOW_BALANCE_THRESHOLD, new String[]{before.lowBalanceThreshold().toRupees().toPlainString(),
                after.lowBalanceThreshold().toRupees().toPlainString()});
        values.put(FREE_PLAN_SHIFT_LIMIT, freePlanLimits(before, after, MonthlyUse.SHIFT));
        values.put(FREE_PLAN_SOS_LIMIT, freePlanLimits(before, after, MonthlyUse.SOS));
        values.put(FREE_PLAN_ROSTER_LIMIT, freePlanLimits(before, after, MonthlyUse.ROSTER));
        values.put(FREE_PLAN_VACANCY_LIMIT, freePlanLimits(before, after, MonthlyUse.VACANCY));
        List<SettingChange> changes = new ArrayList<>();
        values.forEach((setting, fromTo) -> {
            if (!fromTo[0].equals(fromTo[1])) {
                changes.add(new SettingChange(setting, fromTo[0], fromTo[1]));
            }
        });
        return changes;
    }

    private static String[] freePlanLimits(PlatformTerms before, PlatformTerms after, MonthlyUse use) {
        return new String[]{FreePlan.written(freePlanLimit(before, use)), FreePlan.written(freePlanLimit(after, use))};
    }

    private static Integer freePlanLimit(PlatformTerms terms, MonthlyUse use) {
        return terms.freePlan() == null ? null : terms.freePlan().limit(use);
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String tiers(List<SosTier> tiers) {
        List<Map<String, Object>> written = tiers.stream().map(tier -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("key", tier.key());
            fields.put("label", tier.label());
            fields.put("minutes", tier.minutes());
            fields.put("extra_pay_percent", tier.extraPayPercent().stripTrailingZeros());
            return fields;
        }).toList();
        try {
            return JSON.writeValueAsString(written);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SOS tiers cannot be written", e);
        }
    }
}
