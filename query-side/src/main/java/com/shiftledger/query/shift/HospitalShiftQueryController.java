package com.shiftledger.query.shift;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import com.shiftledger.api.shift.ApplicationList;
import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.AttendanceView;
import com.shiftledger.api.shift.FindApplicationQuery;
import com.shiftledger.api.shift.FindHospitalShiftsQuery;
import com.shiftledger.api.shift.FindShiftApplicationsQuery;
import com.shiftledger.api.shift.FindShiftQuery;
import com.shiftledger.api.shift.ShiftFilter;
import com.shiftledger.api.shift.ShiftPage;
import com.shiftledger.api.shift.ShiftStatus;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.query.web.ListFilters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;

/** A hospital's shifts, their applications and the attendance of its professionals, as the hospital app reads them. */
@RestController
@Tag(name = "Hospital shifts")
class HospitalShiftQueryController {

    static final String SHIFT_NOT_FOUND = "Shift not found.";
    static final String APPLICATION_NOT_FOUND = "Application not found.";

    private final QueryGateway queries;
    private final AttendanceLists attendanceLists;

    HospitalShiftQueryController(QueryGateway queries, AttendanceLists attendanceLists) {
        this.queries = queries;
        this.attendanceLists = attendanceLists;
    }

    /** The body of {@code POST /hospital/fetch-shifts}; every field is optional. */
    record FetchShiftsRequest(Integer page, Integer perPage, Integer limit,
                              @Schema(allowableValues = {"draft", "published", "in_progress", "completed",
                                      "cancelled"}) String status,
                              @Schema(allowableValues = {"today_shift", "upcoming"}) String filterStatus,
                              @Schema(format = "date") String shiftDate,
                              @Schema(allowableValues = {"doctor", "nurse", "technician", "staff", "paramedic"})
                              String professionType,
                              String search,
                              @Schema(allowableValues = {"shift_date", "created_at", "title", "pay_rate", "status"})
                              String sortBy,
                              @Schema(allowableValues = {"asc", "desc"}) String sortOrder) {
    }

    /** An application in a shift's list: the application and the professional, without the shift. */
    record ApplicationItem(long id, long shiftId, String status, String coverNote,
                           ApplicationView.ProfessionalSummary professional, Instant appliedAt, Instant decidedAt) {

        static ApplicationItem of(ApplicationView view) {
            return new ApplicationItem(view.id(), view.shiftId(), view.status(), view.coverNote(),
                    view.professional(), view.appliedAt(), view.decidedAt());
        }
    }

    @PostMapping("/api/v1/hospital/fetch-shifts")
    @Operation(summary = "The hospital's shifts, filtered, sorted and paginated, with page links",
            description = "Body (all optional): page, per_page (default 15, at most 100), limit (alias of per_page), "
                    + "status (draft, published, in_progress, completed, cancelled), filter_status (today_shift: "
                    + "dated today; upcoming: dated after today; in the platform's time zone), shift_date "
                    + "(YYYY-MM-DD), profession_type, search (in title, description and shift code), sort_by "
                    + "(shift_date, created_at, title, pay_rate, status; default shift_date), sort_order (asc, "
                    + "desc; default asc). An invalid filter answers 422.")
    LinkedPagedResponse<ShiftView> fetchShifts(@AuthenticationPrincipal Caller caller,
                                               @RequestBody(required = false) FetchShiftsRequest request) {
        long hospitalId = caller.requireHospitalId();
        FetchShiftsRequest body = request == null
                ? new FetchShiftsRequest(null, null, null, null, null, null, null, null, null, null) : request;
        ListFilters filters = new ListFilters();
        ShiftFilter filter = new ShiftFilter(
                filters.oneOf("status", body.status(), ShiftListRequests.SHIFT_STATUSES),
                filters.oneOf("filter_status", body.filterStatus(), ShiftListRequests.FILTER_STATUSES),
                filters.date("shift_date", body.shiftDate()),
                filters.oneOf("profession_type", body.professionType(), ShiftListRequests.PROFESSION_TYPES),
                body.search() == null || body.search().isBlank() ? null : body.search().strip(),
                filters.oneOf("sort_by", body.sortBy(), ShiftListRequests.SORT_FIELDS),
                filters.oneOf("sort_order", body.sortOrder(), ShiftListRequests.SORT_ORDERS));
        filters.check();
        PageRequest page = ShiftListRequests.page(body.page(), body.perPage(), body.limit());
        ShiftPage result = queries.query(new FindHospitalShiftsQuery(hospitalId, filter, page.page(),
                page.perPage()), ShiftPage.class).join();
        return LinkedPagedResponse.of(result.items(), result.page(), result.perPage(), result.total(),
                HospitalShiftQueryController::pageLink);
    }

    @GetMapping("/api/v1/hospital/shifts/{id}")
    @Operation(summary = "One of the hospital's shifts; another hospital's shift answers 404")
    ApiResponse<ShiftView> shift(@AuthenticationPrincipal Caller caller, @PathVariable("id") long id) {
        return ApiResponse.ok(ownShift(caller.requireHospitalId(), id));
    }

    @GetMapping("/api/v1/hospital/shifts-completed")
    @Operation(summary = "The hospital's completed shifts, latest first",
            description = "page, per_page (default 15, at most 100), limit (alias of per_page)")
    PagedResponse<ShiftView> completedShifts(@AuthenticationPrincipal Caller caller,
                                             @RequestParam(name = "page", required = false) Integer page,
                                             @RequestParam(name = "per_page", required = false) Integer perPage,
                                             @RequestParam(name = "limit", required = false) Integer limit) {
        long hospitalId = caller.requireHospitalId();
        PageRequest pageRequest = ShiftListRequests.page(page, perPage, limit);
        ShiftFilter completed = new ShiftFilter(ShiftStatus.COMPLETED.code(), null, null, null, null, "shift_date",
                "desc");
        ShiftPage result = queries.query(new FindHospitalShiftsQuery(hospitalId, completed, pageRequest.page(),
                pageRequest.perPage()), ShiftPage.class).join();
        return PagedResponse.of(result.items(), result.page(), result.perPage(), result.total());
    }

    @GetMapping("/api/v1/hospital/shifts/{id}/applications")
    @Operation(summary = "The applications for one of the hospital's shifts, newest first")
    ApiResponse<List<ApplicationItem>> applications(@AuthenticationPrincipal Caller caller,
                                                    @PathVariable("id") long id) {
        ownShift(caller.requireHospitalId(), id);
        ApplicationList list = queries.query(new FindShiftApplicationsQuery(id), ApplicationList.class).join();
        return ApiResponse.ok(list.applications().stream().map(ApplicationItem::of).toList());
    }

    @GetMapping("/api/v1/hospital/applications/{id}")
    @Operation(summary = "One application for a hospital's shift, with the professional and the shift; "
            + "another hospital's answers 404")
    ApiResponse<ApplicationView> application(@AuthenticationPrincipal Caller caller, @PathVariable("id") long id) {
        long hospitalId = caller.requireHospitalId();
        ApplicationView application = queries.query(new FindApplicationQuery(id), ApplicationView.class).join();
        if (application == null || application.hospitalId() != hospitalId) {
            throw RejectedException.notFound(APPLICATION_NOT_FOUND);
        }
        return ApiResponse.ok(application);
    }

    @GetMapping("/api/v1/hospital/attendances")
    @Operation(summary = "Attendance of the professionals on the hospital's shifts, latest shift first",
            description = "page, per_page (default 15, at most 100), limit (alias of per_page), date, date_from, "
                    + "date_to (YYYY-MM-DD, the shift's date), status (pending, checked_in, completed, no_show)")
    PagedResponse<AttendanceView> attendances(@AuthenticationPrincipal Caller caller,
                                              @RequestParam(name = "page", required = false) Integer page,
                                              @RequestParam(name = "per_page", required = false) Integer perPage,
                                              @RequestParam(name = "limit", required = false) Integer limit,
                                              @RequestParam(name = "date", required = false) String date,
                                              @RequestParam(name = "date_from", required = false) String dateFrom,
                                              @RequestParam(name = "date_to", required = false) String dateTo,
                                              @Parameter(schema = @Schema(allowableValues = {
                                                      "pending", "checked_in", "completed", "no_show"}))
                                              @RequestParam(name = "status", required = false) String status) {
        long hospitalId = caller.requireHospitalId();
        return attendanceLists.page(hospitalId, null, new AttendanceLists.Parameters(page, perPage, limit, date,
                dateFrom, dateTo, status));
    }

    private ShiftView ownShift(long hospitalId, long shiftId) {
        ShiftView shift = queries.query(new FindShiftQuery(shiftId), ShiftView.class).join();
        if (shift == null || shift.hospitalId() != hospitalId) {
            throw RejectedException.notFound(SHIFT_NOT_FOUND);
        }
        return shift;
    }

    private static String pageLink(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null)
                .queryParam("page", page).toUriString();
    }
}
