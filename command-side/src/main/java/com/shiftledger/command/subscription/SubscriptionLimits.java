package com.shiftledger.command.subscription;

import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.shift.CountHospitalShiftsCreatedQuery;
import com.shiftledger.api.sos.CountHospitalSosQuery;
import com.shiftledger.api.subscription.FindHospitalSubscriptionQuery;
import com.shiftledger.api.subscription.FreePlan;
import com.shiftledger.api.subscription.HospitalSubscriptionView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The one home of the monthly limits: the plan a hospital's subscription is on while it runs, the free plan
 * ({@code shiftledger.subscription.*}) otherwise, counted over the current month in the platform's time zone.
 */
@Component
public class SubscriptionLimits {

    public static final String FREE_SOS_EXHAUSTED = "Free SOS limit exhausted, subscription required";
    public static final String SOS_EXHAUSTED = "Monthly SOS limit of your subscription plan reached";
    public static final String FREE_SHIFTS_EXHAUSTED = "Free shift limit exhausted, subscription required";
    public static final String SHIFTS_EXHAUSTED = "Monthly shift limit of your subscription plan reached";

    private final QueryGateway queries;
    private final FreePlan freePlan;
    private final PlatformCalendar calendar;

    SubscriptionLimits(QueryGateway queries, FreePlan freePlan, PlatformCalendar calendar) {
        this.queries = queries;
        this.freePlan = freePlan;
        this.calendar = calendar;
    }

    /** The hospital's subscription in force now, if it has one. */
    public Optional<HospitalSubscriptionView> inForce(long hospitalId) {
        HospitalSubscriptionView subscription = queries.query(new FindHospitalSubscriptionQuery(hospitalId),
                HospitalSubscriptionView.class).join();
        return Optional.ofNullable(subscription).filter(current -> current.isActiveAt(calendar.now()));
    }

    /** The SOS requests the hospital may still raise this month. */
    public MonthlyAllowance sos(long hospitalId) {
        Integer limit = inForce(hospitalId).map(subscription -> subscription.plan().sosLimit())
                .orElse(freePlan.sosLimit());
        YearMonth month = calendar.currentMonth();
        Long used = queries.query(new CountHospitalSosQuery(hospitalId, calendar.startOf(month)), Long.class).join();
        return MonthlyAllowance.of(used == null ? 0 : used, limit, nextMonth(month));
    }

    /** Refuses (403) an SOS past the month's limit, in the seed's words when the hospital is on the free plan. */
    public void requireSosAllowed(long hospitalId) {
        if (!sos(hospitalId).allowsOneMore()) {
            throw RejectedException.forbidden(inForce(hospitalId).isPresent() ? SOS_EXHAUSTED : FREE_SOS_EXHAUSTED);
        }
    }

    /** The shifts the hospital may still create this month. */
    public MonthlyAllowance shifts(long hospitalId) {
        Integer limit = inForce(hospitalId).map(subscription -> subscription.plan().shiftLimit())
                .orElse(freePlan.shiftLimit());
        YearMonth month = calendar.currentMonth();
        Long used = queries.query(new CountHospitalShiftsCreatedQuery(hospitalId, calendar.startOf(month)),
                Long.class).join();
        return MonthlyAllowance.of(used == null ? 0 : used, limit, nextMonth(month));
    }

    /** Refuses (403) a shift past the month's limit. */
    public void requireShiftAllowed(long hospitalId) {
        if (!shifts(hospitalId).allowsOneMore()) {
            throw RejectedException.forbidden(inForce(hospitalId).isPresent() ? SHIFTS_EXHAUSTED
                    : FREE_SHIFTS_EXHAUSTED);
        }
    }

    private Instant nextMonth(YearMonth month) {
        return calendar.startOf(month.plusMonths(1));
    }
}
