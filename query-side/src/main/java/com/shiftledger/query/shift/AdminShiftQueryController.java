package com.shiftledger.query.shift;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.shiftledger.api.dashboard.CountShiftsQuery;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.Pagination;
import com.shiftledger.api.shift.ApplicationList;
import com.shiftledger.api.shift.CountShiftsDatedFromQuery;
import com.shiftledger.api.shift.FindAllShiftsQuery;
import com.shiftledger.api.shift.FindShiftApplicationsQuery;
import com.shiftledger.api.shift.FindShiftQuery;
import com.shiftledger.api.shift.ShiftList;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.query.web.ListFilters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Every hospital's shifts as the admin app lists them (the seed's item and {@code meta}), and one shift in full. */
@RestController
@Tag(name = "Admin shifts")
class AdminShiftQueryController {

    static final int DEFAULT_PER_PAGE = 15;

    private final QueryGateway queries;

    AdminShiftQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** A shift in the admin's list, as the seed shows it. */
    record AdminShiftItem(long id, String title, String hospitalName, LocalDate shiftDate, String startTime,
                          String status, int positionsFilled, int positionsTotal) {

        static AdminShiftItem of(ShiftView shift) {
            return new AdminShiftItem(shift.id(), shift.title(), shift.hospitalName(), shift.shiftDate(),
                    shift.startTime(), shift.status(), shift.positionsFilled(), shift.positionsRequired());
        }
    }

    /** The seed's {@code meta} of an admin list. */
    record Meta(int currentPage, int perPage, long total, int lastPage) {

        static Meta of(PageRequest page, long total, int itemsOnPage) {
            return new Meta(page.page(), page.perPage(), total,
                    Pagination.of(page.page(), page.perPage(), total, itemsOnPage).lastPage());
        }
    }

    /** {@code {"success": true, "data": [...], "meta": {...}}}. */
    record AdminShiftList(boolean success, List<AdminShiftItem> data, Meta meta) {
    }

    /** A shift as the hospital's app shows it, with its applications. */
    record AdminShiftDetails(@JsonUnwrapped ShiftView shift,
                             List<HospitalShiftQueryController.ApplicationItem> applications) {
    }

    @GetMapping("/api/v1/admin/shifts")
    @Operation(summary = "Every hospital's shifts, latest shift date first, with the seed's filters",
            description = "page (1 to 10000, default 1), per_page (1 to 100, default 15), hospital_id, status "
                    + "(draft, published, in_progress, completed, cancelled), date_from (YYYY-MM-DD: shifts dated "
                    + "then or later). Anything else answers 422. Eventually consistent: the list is the shift read "
                    + "model's, meta.total the dashboard's counters (without date_from) or a count of the list.")
    AdminShiftList shifts(@RequestParam(name = "page", required = false) String page,
                          @RequestParam(name = "per_page", required = false) String perPage,
                          @RequestParam(name = "hospital_id", required = false) String hospitalId,
                          @Parameter(schema = @Schema(allowableValues = {
                                  "draft", "published", "in_progress", "completed", "cancelled"}))
                          @RequestParam(name = "status", required = false) String status,
                          @RequestParam(name = "date_from", required = false) String dateFrom) {
        ListFilters filters = new ListFilters();
        PageRequest pageRequest = filters.page(page, perPage, DEFAULT_PER_PAGE);
        Long hospital = filters.wholeNumber("hospital_id", hospitalId, 1, Long.MAX_VALUE);
        String checkedStatus = filters.oneOf("status", status, ShiftListRequests.SHIFT_STATUSES);
        LocalDate from = filters.date("date_from", dateFrom);
        filters.check();
        CompletableFuture<ShiftList> items = queries.query(new FindAllShiftsQuery(hospital, checkedStatus, from,
                pageRequest.page(), pageRequest.perPage()), ShiftList.class);
        CompletableFuture<Long> total = from == null
                ? queries.query(new CountShiftsQuery(hospital, checkedStatus), Long.class)
                : queries.query(new CountShiftsDatedFromQuery(hospital, checkedStatus, from), Long.class);
        List<AdminShiftItem> data = items.join().items().stream().map(AdminShiftItem::of).toList();
        return new AdminShiftList(true, data, Meta.of(pageRequest, total.join(), data.size()));
    }

    @GetMapping("/api/v1/admin/shifts/{id}")
    @Operation(summary = "One shift of any hospital, as the hospital's app shows it, with its applications; 404 when "
            + "there is no such shift")
    ApiResponse<AdminShiftDetails> shift(@PathVariable("id") long id) {
        ShiftView shift = queries.query(new FindShiftQuery(id), ShiftView.class).join();
        if (shift == null) {
            throw RejectedException.notFound(HospitalShiftQueryController.SHIFT_NOT_FOUND);
        }
        ApplicationList applications = queries.query(new FindShiftApplicationsQuery(id), ApplicationList.class)
                .join();
        return ApiResponse.ok(new AdminShiftDetails(shift, applications.applications().stream()
                .map(HospitalShiftQueryController.ApplicationItem::of).toList()));
    }
}
