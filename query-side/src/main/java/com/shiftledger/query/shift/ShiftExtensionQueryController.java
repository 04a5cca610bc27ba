package com.shiftledger.query.shift;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import com.shiftledger.api.shift.FindShiftExtensionsQuery;
import com.shiftledger.api.shift.ShiftExtensionPage;
import com.shiftledger.api.shift.ShiftExtensionView;
import com.shiftledger.query.web.ListFilters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The seed's lists of shift extensions: a hospital's of its shifts, a professional's of their work. */
@RestController
@Tag(name = "Shift extensions")
class ShiftExtensionQueryController {

    private final QueryGateway queries;

    ShiftExtensionQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/hospital/shift-extensions")
    @Operation(summary = "The extensions of your shifts, asked by you or by a professional, newest first",
            description = "status (pending, accepted, rejected), page, per_page (default 15, at most 100), limit "
                    + "(alias of per_page). Each extension lists its days with the professional's attendance.")
    PagedResponse<ShiftExtensionView> hospitalExtensions(@AuthenticationPrincipal Caller caller,
                                                         @Parameter(schema = @Schema(allowableValues = {
                                                                 "pending", "accepted", "rejected"}))
                                                         @RequestParam(name = "status", required = false)
                                                         String status,
                                                         @RequestParam(name = "page", required = false) Integer page,
                                                         @RequestParam(name = "per_page", required = false)
                                                         Integer perPage,
                                                         @RequestParam(name = "limit", required = false)
                                                         Integer limit) {
        return list(caller.requireHospitalId(), null, status, page, perPage, limit);
    }

    @GetMapping("/api/v1/professional/shift-extensions")
    @Operation(summary = "The extensions of your work on shifts, asked by you or by a hospital, newest first",
            description = "status (pending, accepted, rejected), page, per_page (default 15, at most 100), limit "
                    + "(alias of per_page). Each extension lists its days with your attendance.")
    PagedResponse<ShiftExtensionView> professionalExtensions(@AuthenticationPrincipal Caller caller,
                                                             @Parameter(schema = @Schema(allowableValues = {
                                                                     "pending", "accepted", "rejected"}))
                                                             @RequestParam(name = "status", required = false)
                                                             String status,
                                                             @RequestParam(name = "page", required = false)
                                                             Integer page,
                                                             @RequestParam(name = "per_page", required = false)
                                                             Integer perPage,
                                                             @RequestParam(name = "limit", required = false)
                                                             Integer limit) {
        return list(null, caller.requireProfessionalId(), status, page, perPage, limit);
    }

    private PagedResponse<ShiftExtensionView> list(Long hospitalId, Long professionalId, String status, Integer page,
                                                   Integer perPage, Integer limit) {
        ListFilters filters = new ListFilters();
        String checkedStatus = filters.oneOf("status", status, ShiftListRequests.EXTENSION_STATUSES);
        filters.check();
        PageRequest pageRequest = ShiftListRequests.page(page, perPage, limit);
        ShiftExtensionPage result = queries.query(new FindShiftExtensionsQuery(hospitalId, professionalId,
                checkedStatus, pageRequest.page(), pageRequest.perPage()), ShiftExtensionPage.class).join();
        return PagedResponse.of(result.items(), result.page(), result.perPage(), result.total());
    }
}
