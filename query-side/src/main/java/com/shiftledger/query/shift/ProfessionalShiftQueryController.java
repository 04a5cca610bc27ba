package com.shiftledger.query.shift;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import com.shiftledger.api.shift.ApplicationPage;
import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.AttendanceView;
import com.shiftledger.api.shift.FindOpenShiftsQuery;
import com.shiftledger.api.shift.FindProfessionalApplicationsQuery;
import com.shiftledger.api.shift.FindProfessionalShiftsQuery;
import com.shiftledger.api.shift.FindShiftForProfessionalQuery;
import com.shiftledger.api.shift.ShiftPage;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.query.web.ListFilters;
import com.shiftledger.api.platform.PlatformCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** Shifts as a professional finds and works them: open shifts, their own shifts, applications and attendance. */
@RestController
@Tag(name = "Professional shifts")
class ProfessionalShiftQueryController {

    static final String SHIFT_NOT_FOUND = "Shift not found.";
    private static final String UPCOMING = "upcoming";
    private static final String COMPLETED = "completed";

    private final QueryGateway queries;
    private final AttendanceLists attendanceLists;
    private final PlatformCalendar calendar;

    ProfessionalShiftQueryController(QueryGateway queries, PlatformCalendar calendar, AttendanceLists attendanceLists) {
        this.queries = queries;
        this.calendar = calendar;
        this.attendanceLists = attendanceLists;
    }

    @GetMapping("/api/v1/professional/shifts")
    @Operation(summary = "Shifts the professional can apply for, soonest first",
            description = "Published or in progress, of the professional's profession, with a position open, not "
                    + "ended, and not applied for yet. page, per_page (default 15, at most 100), limit (alias of "
                    + "per_page)")
    PagedResponse<ShiftView> openShifts(@AuthenticationPrincipal Caller caller,
                                        @RequestParam(name = "page", required = false) Integer page,
                                        @RequestParam(name = "per_page", required = false) Integer perPage,
                                        @RequestParam(name = "limit", required = false) Integer limit) {
        long professionalId = caller.requireProfessionalId();
        PageRequest pageRequest = ShiftListRequests.page(page, perPage, limit);
        ShiftPage result = queries.query(new FindOpenShiftsQuery(professionalId, professionOf(caller),
                calendar.today(), pageRequest.page(), pageRequest.perPage()), ShiftPage.class).join();
        return PagedResponse.of(result.items(), result.page(), result.perPage(), result.total());
    }

    @GetMapping("/api/v1/professional/shifts/{id}")
    @Operation(summary = "One shift, if it is open to the professional or they applied for it; otherwise 404")
    ApiResponse<ShiftView> shift(@AuthenticationPrincipal Caller caller, @PathVariable("id") long id) {
        long professionalId = caller.requireProfessionalId();
        ShiftView shift = queries.query(new FindShiftForProfessionalQuery(id, professionalId, professionOf(caller),
                calendar.today()), ShiftView.class).join();
        if (shift == null) {
            throw RejectedException.notFound(SHIFT_NOT_FOUND);
        }
        return ApiResponse.ok(shift);
    }

    @GetMapping("/api/v1/professional/shifts-upcoming")
    @Operation(summary = "The professional's accepted shifts still to work, dated today or later, soonest first",
            description = "page, per_page (default 15, at most 100), limit (alias of per_page)")
    PagedResponse<ShiftView> upcomingShifts(@AuthenticationPrincipal Caller caller,
                                            @RequestParam(name = "page", required = false) Integer page,
                                            @RequestParam(name = "per_page", required = false) Integer perPage,
                                            @RequestParam(name = "limit", required = false) Integer limit) {
        return ownShifts(caller, UPCOMING, page, perPage, limit);
    }

    @GetMapping("/api/v1/professional/shifts-completed")
    @Operation(summary = "The shifts on which the professional's work is completed, latest first",
            description = "page, per_page (default 15, at most 100), limit (alias of per_page)")
    PagedResponse<ShiftView> completedShifts(@AuthenticationPrincipal Caller caller,
                                             @RequestParam(name = "page", required = false) Integer page,
                                             @RequestParam(name = "per_page", required = false) Integer perPage,
                                             @RequestParam(name = "limit", required = false) Integer limit) {
        return ownShifts(caller, COMPLETED, page, perPage, limit);
    }

    @GetMapping("/api/v1/professional/my-applications")
    @Operation(summary = "The professional's applications with their shifts, newest first",
            description = "status (pending, accepted, rejected, withdrawn, cancelled), page, per_page (default 15, "
                    + "at most 100), limit (alias of per_page)")
    PagedResponse<ApplicationView> myApplications(@AuthenticationPrincipal Caller caller,
                                                  @Parameter(schema = @Schema(allowableValues = {
                                                          "pending", "accepted", "rejected", "withdrawn", "cancelled",
                                                          "released"}))
                                                  @RequestParam(name = "status", required = false) String status,
                                                  @RequestParam(name = "page", required = false) Integer page,
                                                  @RequestParam(name = "per_page", required = false) Integer perPage,
                                                  @RequestParam(name = "limit", required = false) Integer limit) {
        long professionalId = caller.requireProfessionalId();
        ListFilters filters = new ListFilters();
        String checkedStatus = filters.oneOf("status", status, ShiftListRequests.APPLICATION_STATUSES);
        filters.check();
        PageRequest pageRequest = ShiftListRequests.page(page, perPage, limit);
        ApplicationPage result = queries.query(new FindProfessionalApplicationsQuery(professionalId, checkedStatus,
                pageRequest.page(), pageRequest.perPage()), ApplicationPage.class).join();
        return PagedResponse.of(result.items(), result.page(), result.perPage(), result.total());
    }

    @GetMapping("/api/v1/professional/my-attendance")
    @Operation(summary = "The professional's attendance history, latest shift first",
            description = "page, per_page (default 15, at most 100), limit (alias of per_page), date, date_from, "
                    + "date_to (YYYY-MM-DD, the shift's date), status (pending, checked_in, completed, no_show)")
    PagedResponse<AttendanceView> myAttendance(@AuthenticationPrincipal Caller caller,
                                               @RequestParam(name = "page", required = false) Integer page,
                                               @RequestParam(name = "per_page", required = false) Integer perPage,
                                               @RequestParam(name = "limit", required = false) Integer limit,
                                               @RequestParam(name = "date", required = false) String date,
                                               @RequestParam(name = "date_from", required = false) String dateFrom,
                                               @RequestParam(name = "date_to", required = false) String dateTo,
                                               @Parameter(schema = @Schema(allowableValues = {
                                                       "pending", "checked_in", "completed", "no_show"}))
                                               @RequestParam(name = "status", required = false) String status) {
        long professionalId = caller.requireProfessionalId();
        return attendanceLists.page(null, professionalId, new AttendanceLists.Parameters(page, perPage, limit, date,
                dateFrom, dateTo, status));
    }

    private PagedResponse<ShiftView> ownShifts(Caller caller, String kind, Integer page, Integer perPage,
                                               Integer limit) {
        long professionalId = caller.requireProfessionalId();
        PageRequest pageRequest = ShiftListRequests.page(page, perPage, limit);
        ShiftPage result = queries.query(new FindProfessionalShiftsQuery(professionalId, kind, calendar.today(),
                pageRequest.page(), pageRequest.perPage()), ShiftPage.class).join();
        return PagedResponse.of(result.items(), result.page(), result.perPage(), result.total());
    }

    private static String professionOf(Caller caller) {
        return caller.professionType() == null ? "" : caller.professionType().strip().toLowerCase(Locale.ROOT);
    }
}
