package com.shiftledger.command.subscription;

import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rejection.RejectionKind;
import com.shiftledger.api.subscription.ClaimMonthlyUseCommand;
import com.shiftledger.api.subscription.CountMonthlyUsesQuery;
import com.shiftledger.api.subscription.FindHospitalSubscriptionQuery;
import com.shiftledger.api.subscription.FindMonthlyUseQuery;
import com.shiftledger.api.subscription.FreePlan;
import com.shiftledger.api.subscription.HospitalSubscriptionView;
import com.shiftledger.api.subscription.MonthlyUse;
import com.shiftledger.api.subscription.MonthlyUseView;
import com.shiftledger.api.subscription.MonthlyUsageId;
import com.shiftledger.api.subscription.ReleaseMonthlyUseCommand;
import com.shiftledger.command.web.ReadAfterWrite;
import com.shiftledger.command.web.TermsInForce;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one home of the monthly limits: the plan a hospital's subscription is on while it runs, the free plan (the
 * platform's settings {@code free_plan_*_limit}) otherwise, counted over the current month in the platform's time
 * zone. A shift, an SOS, a roster or a vacancy is claimed from the month's {@code MonthlyUsage} before it is made,
 * which refuses (403) a claim past the limit; a claim whose thing was not made is given back.
 */
@Component
public class SubscriptionLimits {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadAfterWrite readAfterWrite;
    private final TermsInForce terms;
    private final PlatformCalendar calendar;

    SubscriptionLimits(CommandGateway commands, QueryGateway queries, ReadAfterWrite readAfterWrite,
                       TermsInForce terms, PlatformCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
        this.readAfterWrite = readAfterWrite;
        this.terms = terms;
        this.calendar = calendar;
    }

    /** A claim made: what it is for, in which month's usage. */
    public record Claim(MonthlyUsageId usageId, MonthlyUse use, String reference) {

        private FindMonthlyUseQuery query() {
            return new FindMonthlyUseQuery(usageId, use, reference);
        }
    }

    /** The free plan's limits in force now (the platform's settings). */
    public FreePlan freePlan() {
        return terms.now().freePlan();
    }

    /** The hospital's subscription in force now, if it has one. */
    public Optional<HospitalSubscriptionView> inForce(long hospitalId) {
        HospitalSubscriptionView subscription = queries.query(new FindHospitalSubscriptionQuery(hospitalId),
                HospitalSubscriptionView.class).join();
        return Optional.ofNullable(subscription).filter(current -> current.isActiveAt(calendar.now()));
    }

    /** How much of the month's {@code use} the hospital has used, and what is left. */
    public MonthlyAllowance allowance(long hospitalId, MonthlyUse use) {
        YearMonth month = calendar.currentMonth();
        Long used = queries.query(new CountMonthlyUsesQuery(MonthlyUsageId.of(hospitalId, month), use), Long.class)
                .join();
        return MonthlyAllowance.of(used == null ? 0 : used, limit(hospitalId, use).value(),
                calendar.startOf(month.plusMonths(1)));
    }

    /**
     * Claims one of this month's {@code use} for {@code reference}, refused (403, in the seed's words on the free
     * plan) past the limit; the same reference again is the same claim. Answers once the read side counts it.
     */
    public Claim claim(long hospitalId, MonthlyUse use, String reference) {
        Claim claim = claimUncounted(hospitalId, use, reference);
        awaitCounted(claim);
        return claim;
    }

    /**
     * Claims as {@link #claim(long, MonthlyUse, String)} does but answers without waiting for the read side: for a
     * claim made inside a transaction that also creates its thing, whose event the read side cannot see before that
     * transaction commits. Call {@link #awaitCounted} once it has.
     */
    public Claim claimUncounted(long hospitalId, MonthlyUse use, long id) {
        return claimUncounted(hospitalId, use, use.referenceOf(id));
    }

    private Claim claimUncounted(long hospitalId, MonthlyUse use, String reference) {
        Limit limit = limit(hospitalId, use);
        Claim claim = new Claim(MonthlyUsageId.of(hospitalId, calendar.currentMonth()), use, reference);
        commands.sendAndWait(new ClaimMonthlyUseCommand(claim.usageId(), use, reference, limit.value(),
                limit.subscribed(), calendar.now()));
        return claim;
    }

    /** Waits until the read side counts the claim, so the caller's next read of its limits shows it. */
    public void awaitCounted(Claim claim) {
        readAfterWrite.monthlyUse(claim.query(), false);
    }

    /** Claims one of this month's {@code use} for this ledger's own shift or SOS {@code id}. */
    public Claim claim(long hospitalId, MonthlyUse use, long id) {
        return claim(hospitalId, use, use.referenceOf(id));
    }

    /** Gives a claim back: its thing was not made. */
    public void release(Claim claim) {
        commands.sendAndWait(new ReleaseMonthlyUseCommand(claim.usageId(), claim.use(), claim.reference(),
                calendar.now()));
        readAfterWrite.monthlyUse(claim.query(), true);
    }

    /**
     * Gives back this month's claim of {@code reference}, if there is one: a month with no claim, or a reference
     * not claimed, changes nothing.
     */
    public void release(long hospitalId, MonthlyUse use, String reference) {
        Claim claim = new Claim(MonthlyUsageId.of(hospitalId, calendar.currentMonth()), use, reference);
        MonthlyUseView known = queries.query(claim.query(), MonthlyUseView.class).join();
        if (known != null && !known.released()) {
            release(claim);
        }
    }

    /**
     * What {@code payment} answers; when it answers 402 (the thing was not made, or was discarded, because the wallet
     * was short) the claim is given back first.
     */
    public <T> T releasedIfShort(Claim claim, Supplier<T> payment) {
        try {
            return payment.get();
        } catch (RejectedException refused) {
            if (refused.rejection().kind() == RejectionKind.INSUFFICIENT_BALANCE) {
                release(claim);
            }
            throw refused;
        }
    }

    /** A monthly limit (null: none) and whether it is a subscription's or the free plan's. */
    private record Limit(Integer value, boolean subscribed) {
    }

    /** A plan's limit of null is no limit: it never falls back on the free plan's. */
    private Limit limit(long hospitalId, MonthlyUse use) {
        return inForce(hospitalId).map(subscription -> new Limit(subscription.plan().limit(use), true))
                .orElseGet(() -> new Limit(freePlan().limit(use), false));
    }
}
