package com.shiftledger.command.subscription;

import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.shift.CountHospitalShiftsCreatedQuery;
import com.shiftledger.api.sos.CountHospitalSosQuery;
import com.shiftledger.api.subscription.FindHospitalSubscriptionQuery;
import com.shiftledger.api.subscription.FreePlan;
import com.shiftledger.api.subscription.HospitalSubscriptionView;
import com.shiftledger.command.web.TermsInForce;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one home of the monthly limits: the plan a hospital's subscription is on while it runs, the free plan
 * (the platform's settings {@code free_plan_shift_limit} and {@code free_plan_sos_limit}) otherwise, counted over the current month in the platform's time zone.
 */
@Component
public class SubscriptionLimits {

    public static final String FREE_SOS_EXHAUSTED = "Free SOS limit exhausted, subscription required";
    public static final String SOS_EXHAUSTED = "Monthly SOS limit of your subscription plan reached";
    public static final String FREE_SHIFTS_EXHAUSTED = "Free shift limit exhausted, subscription required";
    public static final String SHIFTS_EXHAUSTED = "Monthly shift limit of your subscription plan reached";

    private final QueryGateway queries;
    private final TermsInForce terms;
    private final PlatformCalendar calendar;

    SubscriptionLimits(QueryGateway queries, TermsInForce terms, PlatformCalendar calendar) {
        this.queries = queries;
        this.terms = terms;
        this.calendar = calendar;
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

    /** The SOS requests the hospital may still raise this month. */
    public MonthlyAllowance sos(long hospitalId) {
        return allowance(sosLimit(hospitalId), from -> new CountHospitalSosQuery(hospitalId, from));
    }

    /** Refuses (403) an SOS past the month's limit, in the seed's words when the hospital is on the free plan. */
    public void requireSosAllowed(long hospitalId) {
        require(sosLimit(hospitalId), from -> new CountHospitalSosQuery(hospitalId, from), SOS_EXHAUSTED,
                FREE_SOS_EXHAUSTED);
    }

    /** The shifts the hospital may still create this month. */
    public MonthlyAllowance shifts(long hospitalId) {
        return allowance(shiftLimit(hospitalId), from -> new CountHospitalShiftsCreatedQuery(hospitalId, from));
    }

    /** Refuses (403) a shift past the month's limit. */
    public void requireShiftAllowed(long hospitalId) {
        require(shiftLimit(hospitalId), from -> new CountHospitalShiftsCreatedQuery(hospitalId, from),
                SHIFTS_EXHAUSTED, FREE_SHIFTS_EXHAUSTED);
    }

    /** A monthly limit (null: none) and whether it is a subscription's or the free plan's. */
    private record Limit(Integer value, boolean subscribed) {
    }

    /** A plan's limit of null is no limit: it never falls back on the free plan's. */
    private Limit sosLimit(long hospitalId) {
        return inForce(hospitalId).map(subscription -> new Limit(subscription.plan().sosLimit(), true))
                .orElseGet(() -> new Limit(freePlan().sosLimit(), false));
    }

    private Limit shiftLimit(long hospitalId) {
        return inForce(hospitalId).map(subscription -> new Limit(subscription.plan().shiftLimit(), true))
                .orElseGet(() -> new Limit(freePlan().shiftLimit(), false));
    }

    /** Counts this month's uses (the query asked from the month's start) against the limit. */
    private MonthlyAllowance allowance(Limit limit, Function<Instant, Object> usedSince) {
        YearMonth month = calendar.currentMonth();
        Long used = queries.query(usedSince.apply(calendar.startOf(month)), Long.class).join();
        return MonthlyAllowance.of(used == null ? 0 : used, limit.value(), calendar.startOf(month.plusMonths(1)));
    }

    /** Nothing is counted where there is no limit: creating a shift on an unlimited plan asks one query, not two. */
    private void require(Limit limit, Function<Instant, Object> usedSince, String planMessage, String freeMessage) {
        if (limit.value() != null && !allowance(limit, usedSince).allowsOneMore()) {
            throw RejectedException.forbidden(limit.subscribed() ? planMessage : freeMessage);
        }
    }
}
