package com.shiftledger.query.activity;

import com.shiftledger.api.dashboard.ActivityPage;
import com.shiftledger.api.dashboard.ActivityView;
import com.shiftledger.api.dashboard.FindRecentActivitiesQuery;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import com.shiftledger.query.web.ListFilters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin dashboard's feed of what happened on the platform, newest first. */
@RestController
@Tag(name = "Dashboards")
class ActivityQueryController {

    static final int DEFAULT_PER_PAGE = 15;

    private final QueryGateway queries;

    ActivityQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/dashboard/recent-activities")
    @Operation(summary = "What happened on the platform, newest first, page by page",
            description = "page (1 to 10000, default 1), per_page (1 to 100, default 15); anything else answers 422. "
                    + "Each entry: id, type (hospital_registered, professional_registered, shift_created, "
                    + "shift_published, shift_cancelled, shift_completed, wallet_topup, withdrawal_requested, "
                    + "withdrawal_approved, withdrawal_rejected, refund_requested, refund_credited, emergency_sos), "
                    + "description, amount (when money moved, else null), actor {type: hospital, professional, admin "
                    + "or system; id; name}, hospital {id, name} or null, reference_type, reference_id, created_at. "
                    + "Eventually consistent: an entry appears a moment after its event.")
    PagedResponse<ActivityView> recentActivities(@RequestParam(name = "page", required = false) String page,
                                                 @RequestParam(name = "per_page", required = false) String perPage) {
        ListFilters filters = new ListFilters();
        PageRequest pageRequest = filters.page(page, perPage, DEFAULT_PER_PAGE);
        filters.check();
        ActivityPage result = queries.query(new FindRecentActivitiesQuery(pageRequest.page(), pageRequest.perPage()),
                ActivityPage.class).join();
        return PagedResponse.of(result.items(), result.page(), result.perPage(), result.total());
    }
}
