package com.shiftledger.query.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import com.shiftledger.api.dashboard.FindHospitalFiguresQuery;
import com.shiftledger.api.dashboard.HospitalFigures;
import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.identity.FindHospitalProfileQuery;
import com.shiftledger.api.identity.HospitalProfileView;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.shift.AttendanceCounts;
import com.shiftledger.api.shift.CountAttendanceQuery;
import com.shiftledger.api.shift.CountPendingApplicationsQuery;
import com.shiftledger.api.shift.FindHospitalShiftsQuery;
import com.shiftledger.api.shift.ShiftFilter;
import com.shiftledger.api.shift.ShiftPage;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.api.subscription.FindHospitalSubscriptionQuery;
import com.shiftledger.api.subscription.FreePlan;
import com.shiftledger.api.subscription.HospitalSubscriptionView;
import com.shiftledger.api.wallet.FindWalletQuery;
import com.shiftledger.api.wallet.WalletView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The hospital app's first screens: its dashboard and its facility statistics, each figure the hospital's own, from
 * the dashboard's counters and indexed reads of the shift and wallet read models.
 */
@RestController
@Tag(name = "Dashboards")
class HospitalDashboardController {

    static final int RECENT_SHIFTS = 5;
    private static final String FIGURES = "Spent is what left the wallet for shifts and Emergency SOS less what came "
            + "back as refunds (a cancellation or reduction fee stays spent, escrow not yet worked counts); this month "
            + "is net of the refunds credited this month, in the platform's time zone. avg_cost_per_shift is spent in "
            + "all ÷ shifts ever funded, half-up to the paisa; service_charges_paid are those of completed "
            + "positions. Eventually consistent: the figures follow the events a moment after they happen.";

    private final QueryGateway queries;
    private final PlatformCalendar calendar;

    HospitalDashboardController(QueryGateway queries, PlatformCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    /** Who checked in today on the hospital's shifts, and whose position was completed today. */
    record Attendance(long todayCheckedIn, long todayCompleted) {
    }

    /** The hospital's shifts created this month, by their status now. */
    @Schema(name = "HospitalDashboardShifts")
    record Shifts(long total, long published, long completed) {
    }

    /** All the hospital's shifts, and the professionals it ever accepted. */
    @Schema(name = "HospitalDashboardStats")
    record Stats(long totalShifts, long completedShifts, long professionalsHired) {
    }

    record FinancialOverview(BigDecimal totalSpentThisMonth, BigDecimal avgCostPerShift,
                             BigDecimal serviceChargesPaid) {
    }

    /** The plan in force: a paid one until {@code expires_at}, or {@code Free} (no expiry) without one. */
    record Subscription(String plan, LocalDate expiresAt) {

        static final Subscription FREE = new Subscription(FreePlan.NAME, null);
    }

    /** The seed's hospital dashboard. */
    record HospitalDashboard(HospitalProfileView hospital, String kycStatus, Money walletBalance,
                             Subscription subscription, Attendance attendance, Shifts shifts, Stats stats,
                             FinancialOverview financialOverview, long pendingApplications,
                             List<ShiftView> recentShifts) {
    }

    /** {@code avg_rating} is null until ratings exist. */
    record FacilityStatistics(long totalShifts, long activeShifts, long completedShifts, long professionalsHired,
                              BigDecimal avgRating) {
    }

    record StatsFinancialOverview(BigDecimal totalSpentThisMonth, BigDecimal avgCostPerShift,
                                  BigDecimal serviceChargesPaid, BigDecimal totalSpentAllTime) {
    }

    /** The seed's facility statistics and financial overview. */
    record HospitalStats(FacilityStatistics facilityStatistics, StatsFinancialOverview financialOverview) {
    }

    @GetMapping("/api/v1/hospital/dashboard")
    @Operation(summary = "The hospital's dashboard: profile, wallet balance, attendance today, shifts, statistics, "
            + "financial overview, pending applications and the latest shifts",
            description = "shifts counts the shifts created this month (drafts included) by their status now; "
                    + "stats counts all of them; professionals_hired counts the distinct professionals ever "
                    + "accepted; attendance counts today's check-ins and completed positions; recent_shifts are the "
                    + "5 latest created. " + FIGURES)
    ApiResponse<HospitalDashboard> dashboard(@AuthenticationPrincipal Caller caller) {
        long hospitalId = caller.requireHospitalId();
        LocalDate today = calendar.today();
        CompletableFuture<HospitalProfileView> profile = queries.query(new FindHospitalProfileQuery(hospitalId),
                HospitalProfileView.class);
        CompletableFuture<WalletView> wallet = queries.query(new FindWalletQuery(caller.requireWallet()),
                WalletView.class);
        CompletableFuture<HospitalFigures> figures = figures(hospitalId);
        CompletableFuture<AttendanceCounts> attendance = queries.query(new CountAttendanceQuery(hospitalId,
                calendar.startOf(today), calendar.startOf(today.plusDays(1))), AttendanceCounts.class);
        CompletableFuture<Long> pending = queries.query(new CountPendingApplicationsQuery(hospitalId), Long.class);
        CompletableFuture<HospitalSubscriptionView> subscription = queries.query(
                new FindHospitalSubscriptionQuery(hospitalId), HospitalSubscriptionView.class);
        CompletableFuture<ShiftPage> recent = queries.query(new FindHospitalShiftsQuery(hospitalId,
                new ShiftFilter(null, null, null, null, null, "created_at", "desc"), 1, RECENT_SHIFTS),
                ShiftPage.class);
        HospitalProfileView hospital = profile.join();
        if (hospital == null) {
            throw RejectedException.notFound("Hospital not found.");
        }
        HospitalFigures counted = figures.join();
        AttendanceCounts attendedToday = attendance.join();
        return ApiResponse.ok(new HospitalDashboard(hospital, hospital.kycStatus(), balanceOf(wallet.join()),
                subscriptionOf(subscription.join()),
                new Attendance(attendedToday.checkedIn(), attendedToday.completed()),
                new Shifts(counted.shiftsThisMonth().total(), counted.shiftsThisMonth().published(),
                        counted.shiftsThisMonth().completed()),
                new Stats(counted.shifts().total(), counted.shifts().completed(), counted.professionalsHired()),
                new FinancialOverview(Rupees.of(counted.spentThisMonthPaise()),
                        Rupees.of(counted.averageCostPerShiftPaise()), Rupees.of(counted.serviceChargesPaidPaise())),
                pending.join(), recent.join().items()));
    }

    private Subscription subscriptionOf(HospitalSubscriptionView subscription) {
        if (subscription == null || !subscription.isActiveAt(calendar.now())) {
            return Subscription.FREE;
        }
        return new Subscription(subscription.plan().name(), subscription.lastDayInForce(calendar.zone()));
    }

    @GetMapping("/api/v1/hospital/stats")
    @Operation(summary = "The hospital's facility statistics and financial overview",
            description = "total_shifts counts all the hospital's shifts (drafts included), active_shifts those "
                    + "published or in progress; avg_rating is null until ratings exist. " + FIGURES)
    ApiResponse<HospitalStats> stats(@AuthenticationPrincipal Caller caller) {
        HospitalFigures counted = figures(caller.requireHospitalId()).join();
        return ApiResponse.ok(new HospitalStats(
                new FacilityStatistics(counted.shifts().total(), counted.shifts().active(),
                        counted.shifts().completed(), counted.professionalsHired(), null),
                new StatsFinancialOverview(Rupees.of(counted.spentThisMonthPaise()),
                        Rupees.of(counted.averageCostPerShiftPaise()), Rupees.of(counted.serviceChargesPaidPaise()),
                        Rupees.of(counted.spentPaise()))));
    }

    private CompletableFuture<HospitalFigures> figures(long hospitalId) {
        return queries.query(new FindHospitalFiguresQuery(hospitalId, calendar.currentMonth()),
                HospitalFigures.class);
    }

    private static Money balanceOf(WalletView wallet) {
        return wallet == null ? Money.ZERO : wallet.balance();
    }
}
