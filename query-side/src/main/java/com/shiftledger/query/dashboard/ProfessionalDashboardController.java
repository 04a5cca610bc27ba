package com.shiftledger.query.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import com.shiftledger.api.dashboard.FindProfessionalFiguresQuery;
import com.shiftledger.api.dashboard.ProfessionalFigures;
import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.identity.FindProfessionalProfileQuery;
import com.shiftledger.api.identity.ProfessionalProfileView;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.shift.ApplicationCounts;
import com.shiftledger.api.shift.AttendanceFilter;
import com.shiftledger.api.shift.AttendancePage;
import com.shiftledger.api.shift.AttendanceView;
import com.shiftledger.api.shift.CountApplicationsQuery;
import com.shiftledger.api.shift.FindAttendancesQuery;
import com.shiftledger.api.shift.FindProfessionalShiftsQuery;
import com.shiftledger.api.shift.ShiftPage;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.api.wallet.FindWalletQuery;
import com.shiftledger.api.wallet.WalletView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The professional app's first screen: their own wallet balance, today's attendance, applications by status,
 * upcoming shifts, and their completed and cancelled shifts and earnings.
 */
@RestController
@Tag(name = "Dashboards")
class ProfessionalDashboardController {

    static final int UPCOMING_SHIFTS = 5;
    /** Today's attendances, most relevant first: the one being worked, then the next, then the finished ones. */
    static final List<String> ATTENDANCE_RELEVANCE = List.of("checked_in", "pending", "completed", "no_show");
    private static final int ATTENDANCES_A_DAY = 20;
    private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final QueryGateway queries;
    private final PlatformCalendar calendar;

    ProfessionalDashboardController(QueryGateway queries, PlatformCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    /** The professional's attendance on a shift dated today; times are the platform's {@code HH:mm}. */
    record TodayAttendance(long id, long shiftId, String shiftTitle, LocalDate shiftDate, String status,
                           String checkInTime, String checkOutTime, String hoursWorked) {
    }

    /** The professional's applications by status, as {@code GET /professional/my-applications} lists them. */
    record Applications(long pending, long accepted, long rejected) {
    }

    @Schema(name = "ProfessionalDashboardStats")
    record Stats(long completedShifts, long cancelledShifts, Money monthlyEarnings, Money totalEarnings) {
    }

    /** The seed's professional dashboard; {@code rating} and {@code reliability_score} are null until ratings exist. */
    record ProfessionalDashboard(ProfessionalProfileView professional, String kycStatus, Money walletBalance,
                                 BigDecimal rating, Integer reliabilityScore, TodayAttendance todayAttendance,
                                 Applications applications, List<ShiftView> upcomingShifts, Stats stats) {
    }

    @GetMapping("/api/v1/professional/dashboard")
    @Operation(summary = "The professional's dashboard: profile, wallet balance, today's attendance, applications "
            + "by status, upcoming shifts, completed and cancelled shifts, this month's and all earnings",
            description = "today_attendance is the attendance on a shift dated today (the one checked in first, "
                    + "then the next pending one, then a finished one), null when there is none; applications agree "
                    + "with GET /professional/my-applications; upcoming_shifts are the next 5 accepted; "
                    + "completed_shifts counts completed positions, cancelled_shifts the shifts cancelled while the "
                    + "professional held a position on them; earnings are shift pay and Emergency SOS extra pay "
                    + "credited, the month being the platform's. Eventually consistent: the counted figures follow "
                    + "the events a moment after they happen.")
    ApiResponse<ProfessionalDashboard> dashboard(@AuthenticationPrincipal Caller caller) {
        long professionalId = caller.requireProfessionalId();
        LocalDate today = calendar.today();
        CompletableFuture<ProfessionalProfileView> profile = queries.query(
                new FindProfessionalProfileQuery(professionalId), ProfessionalProfileView.class);
        CompletableFuture<WalletView> wallet = queries.query(new FindWalletQuery(caller.requireWallet()),
                WalletView.class);
        CompletableFuture<ProfessionalFigures> figures = queries.query(
                new FindProfessionalFiguresQuery(professionalId, calendar.currentMonth()), ProfessionalFigures.class);
        CompletableFuture<ApplicationCounts> applications = queries.query(new CountApplicationsQuery(professionalId),
                ApplicationCounts.class);
        CompletableFuture<ShiftPage> upcoming = queries.query(new FindProfessionalShiftsQuery(professionalId,
                "upcoming", today, 1, UPCOMING_SHIFTS), ShiftPage.class);
        CompletableFuture<AttendancePage> attendances = queries.query(new FindAttendancesQuery(null, professionalId,
                new AttendanceFilter(today, null, null, null), 1, ATTENDANCES_A_DAY), AttendancePage.class);
        ProfessionalProfileView professional = profile.join();
        if (professional == null) {
            throw RejectedException.notFound("Professional not found.");
        }
        ProfessionalFigures counted = figures.join();
        ApplicationCounts byStatus = applications.join();
        WalletView balance = wallet.join();
        return ApiResponse.ok(new ProfessionalDashboard(professional, professional.kycStatus(),
                balance == null ? Money.ZERO : balance.balance(), null, null, todayAttendance(attendances.join()),
                new Applications(byStatus.pending(), byStatus.accepted(), byStatus.rejected()),
                upcoming.join().items(),
                new Stats(counted.completedShifts(), counted.cancelledShifts(), counted.earningsThisMonth(),
                        counted.earnings())));
    }

    private TodayAttendance todayAttendance(AttendancePage today) {
        return today.items().stream()
                .min(Comparator.comparingInt(attendance -> ATTENDANCE_RELEVANCE.indexOf(attendance.status())))
                .map(this::today)
                .orElse(null);
    }

    private TodayAttendance today(AttendanceView attendance) {
        return new TodayAttendance(attendance.id(), attendance.shiftId(), attendance.shiftTitle(),
                attendance.shiftDate(), attendance.status(), time(attendance.checkInTime()),
                time(attendance.checkOutTime()), attendance.hoursWorked());
    }

    private String time(Instant instant) {
        return instant == null ? null : calendar.local(instant).format(HOURS_AND_MINUTES);
    }
}
