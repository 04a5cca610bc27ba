package com.shiftledger.query.sos;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PaginatorPage;
import com.shiftledger.api.shift.ApplicationList;
import com.shiftledger.api.shift.ApplicationView;
import com.shiftledger.api.shift.FindShiftApplicationsQuery;
import com.shiftledger.api.shift.FindShiftQuery;
import com.shiftledger.api.shift.ShiftView;
import com.shiftledger.api.sos.EmergencySosPage;
import com.shiftledger.api.sos.EmergencySosView;
import com.shiftledger.api.sos.FindEmergencySosQuery;
import com.shiftledger.api.sos.FindHospitalEmergencySosQuery;
import com.shiftledger.api.sos.SosId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A hospital's Emergency SOS requests: the list with their shifts, and one with its applications. */
@RestController
@Tag(name = "Hospital emergency SOS")
class SosQueryController {

    static final int DEFAULT_PER_PAGE = 10;
    static final String SOS_NOT_FOUND = "Emergency SOS not found.";

    private final QueryGateway queries;
    private final PlatformCalendar calendar;

    SosQueryController(QueryGateway queries, PlatformCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    /** An SOS in the hospital's list, with its shift. */
    record SosItem(long id, long shiftId, String urgencyTier, BigDecimal extraPayPercent,
                   Money extraPayAmountPerProfessional, Money totalExtraAmount, Instant urgencyDeadline,
                   String status, long recipientsCount, long responsesCount, Instant createdAt, ShiftView shift) {
    }

    /** An SOS with its shift and the shift's applications, each saying whether it earns the extra pay. */
    record SosDetail(long id, long shiftId, String urgencyTier, String tierLabel, String urgencyDeadline,
                     BigDecimal extraPayPercent, Money extraPayAmountPerProfessional, Money totalExtraAmount,
                     String status, long recipientsCount, long responsesCount, int radiusKm,
                     String additionalMessage, String transactionId, Instant createdAt, ShiftView shift,
                     List<ApplicationView> applications) {
    }

    @GetMapping("/api/v1/hospital/emergency-sos")
    @Operation(summary = "The hospital's Emergency SOS requests, newest first, with their shifts",
            description = "per_page defaults to 10 (at most 100). responses_count counts the applications that came "
                    + "while the SOS was sent and before its deadline.")
    ApiResponse<PaginatorPage<SosItem>> list(@AuthenticationPrincipal Caller caller,
                                             @RequestParam(name = "page", required = false) Integer page,
                                             @RequestParam(name = "per_page", required = false) Integer perPage) {
        long hospitalId = caller.requireHospitalId();
        PageRequest request = PageRequest.of(page, perPage, DEFAULT_PER_PAGE);
        EmergencySosPage result = queries.query(new FindHospitalEmergencySosQuery(hospitalId, request.page(),
                request.perPage()), EmergencySosPage.class).join();
        List<SosItem> items = result.items().stream().map(sos -> new SosItem(sos.id(), sos.shiftId(),
                sos.urgencyTier(), sos.extraPayPercent(), sos.extraPayAmountPerProfessional(),
                sos.totalExtraAmount(), sos.urgencyDeadline(), sos.status(), sos.recipientsCount(),
                sos.responsesCount(), sos.createdAt(), shift(sos.shiftId()))).toList();
        return ApiResponse.ok(PaginatorPage.of(items, result.page(), result.perPage(), result.total()));
    }

    @GetMapping("/api/v1/hospital/emergency-sos/{id}")
    @Operation(summary = "One Emergency SOS with its shift and the shift's applications, showing who is eligible "
            + "for its extra pay")
    ApiResponse<SosDetail> detail(@AuthenticationPrincipal Caller caller, @PathVariable("id") long id) {
        long hospitalId = caller.requireHospitalId();
        EmergencySosView sos = id < 1 ? null
                : queries.query(new FindEmergencySosQuery(new SosId(id)), EmergencySosView.class).join();
        if (sos == null || sos.hospitalId() != hospitalId) {
            throw RejectedException.notFound(SOS_NOT_FOUND);
        }
        ApplicationList applications = queries.query(new FindShiftApplicationsQuery(sos.shiftId()),
                ApplicationList.class).join();
        return ApiResponse.ok(new SosDetail(sos.id(), sos.shiftId(), sos.urgencyTier(), sos.tierLabel(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(calendar.local(sos.urgencyDeadline())),
                sos.extraPayPercent(), sos.extraPayAmountPerProfessional(), sos.totalExtraAmount(), sos.status(),
                sos.recipientsCount(), sos.responsesCount(), sos.radiusKm(), sos.additionalMessage(),
                sos.transactionId(), sos.createdAt(), shift(sos.shiftId()), applications.applications()));
    }

    private ShiftView shift(long shiftId) {
        return queries.query(new FindShiftQuery(shiftId), ShiftView.class).join();
    }
}
