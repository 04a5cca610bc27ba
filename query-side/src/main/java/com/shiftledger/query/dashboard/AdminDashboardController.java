package com.shiftledger.query.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import com.shiftledger.api.dashboard.FindPlatformFiguresQuery;
import com.shiftledger.api.dashboard.PlatformFigures;
import com.shiftledger.api.identity.AccountStanding;
import com.shiftledger.api.identity.FindAccountStandingQuery;
import com.shiftledger.api.identity.Role;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rest.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

/** The admin app's first screen: hospitals, professionals, shifts and revenue over the whole platform. */
@RestController
@Tag(name = "Dashboards")
class AdminDashboardController {

    private final QueryGateway queries;
    private final PlatformCalendar calendar;

    AdminDashboardController(QueryGateway queries, PlatformCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    record Hospitals(long total, long active, long pending, Integer growth) {
    }

    record Professionals(long total, long active, Integer growth) {
    }

    @Schema(name = "AdminDashboardShifts")
    record Shifts(long total, long active, long cancelled) {
    }

    record Revenue(BigDecimal total, BigDecimal thisMonth, Integer growth) {
    }

    /** The seed's admin dashboard. */
    record AdminDashboard(Hospitals hospitals, Professionals professionals, Shifts shifts, Revenue revenue) {
    }

    @GetMapping("/api/v1/admin/dashboard")
    @Operation(summary = "The platform's dashboard: hospitals, professionals, shifts and revenue",
            description = "total counts the hospitals (professionals) registered, pending those whose account is "
                    + "pending, active the rest of them but the inactive; growth is this month's registrations "
                    + "against last month's in percent, rounded half-up, null when last month had none. Shifts: "
                    + "total includes drafts, active is published plus in progress. Revenue is what "
                    + "platform:revenue earned (service charges and refund fees), in all and this month, growth "
                    + "against last month as above. Months are the platform's (shiftledger.time-zone). Eventually "
                    + "consistent: the figures follow the events a moment after they happen.")
    ApiResponse<AdminDashboard> dashboard() {
        CompletableFuture<PlatformFigures> figures = queries.query(
                new FindPlatformFiguresQuery(calendar.currentMonth()), PlatformFigures.class);
        CompletableFuture<AccountStanding> hospitals = queries.query(new FindAccountStandingQuery(Role.HOSPITAL),
                AccountStanding.class);
        CompletableFuture<AccountStanding> professionals = queries.query(
                new FindAccountStandingQuery(Role.PROFESSIONAL), AccountStanding.class);
        PlatformFigures counted = figures.join();
        AccountStanding hospitalStanding = hospitals.join();
        AccountStanding professionalStanding = professionals.join();
        return ApiResponse.ok(new AdminDashboard(
                new Hospitals(counted.hospitals(), active(counted.hospitals(), hospitalStanding),
                        hospitalStanding.pending(), counted.hospitalRegistrations().growthPercent()),
                new Professionals(counted.professionals(), active(counted.professionals(), professionalStanding),
                        counted.professionalRegistrations().growthPercent()),
                new Shifts(counted.shifts().total(), counted.shifts().active(), counted.shifts().cancelled()),
                new Revenue(Rupees.of(counted.revenuePaise()), Rupees.of(counted.monthlyRevenuePaise().thisMonth()),
                        counted.monthlyRevenuePaise().growthPercent())));
    }

    /** The registered accounts that are neither pending nor inactive. */
    private static long active(long registered, AccountStanding standing) {
        return Math.max(0, registered - standing.pending() - standing.inactive());
    }
}
