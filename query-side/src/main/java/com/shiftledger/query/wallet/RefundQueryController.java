package com.shiftledger.query.wallet;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.refund.FindAllRefundsQuery;
import com.shiftledger.api.refund.FindRefundsQuery;
import com.shiftledger.api.refund.RefundPage;
import com.shiftledger.api.refund.RefundStatus;
import com.shiftledger.api.refund.RefundTerms;
import com.shiftledger.api.refund.RefundView;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PaginatorPage;
import com.shiftledger.query.web.ListFilters;
import com.shiftledger.api.platform.PlatformCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The hospital's refunds from shift edits and cancellations: pending through the hold period, then credited. */
@RestController
@Tag(name = "Wallet refunds")
class RefundQueryController {

    static final Set<String> STATUSES = Arrays.stream(RefundStatus.values()).map(RefundStatus::code)
            .collect(Collectors.toUnmodifiableSet());
    static final int DEFAULT_PER_PAGE = 15;

    private final QueryGateway queries;
    private final PlatformCalendar calendar;

    RefundQueryController(QueryGateway queries, PlatformCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    /** The seed's answer: the paginator of refunds under {@code data} and the summary beside it. */
    record RefundList(boolean success, PaginatorPage<RefundItem> data, RefundSummary summary) {
    }

    /** A refund as the seed lists it, with the shift it came from and, once completed, its wallet credit. */
    record RefundItem(long id, String refundId, Money originalAmount, Money serviceChargeDeducted,
                      Money refundAmount, String status, String reason, Instant requestedAt, Instant availableAt,
                      long remainingDays, Long shiftId, Instant completedAt, String transactionId) {
    }

    /** Pending counts pending and processing refunds; completed the refunds credited to the wallet. */
    record RefundSummary(long totalPending, Money totalPendingAmount, long totalCompleted,
                         Money totalCompletedAmount) {
    }

    @GetMapping("/api/v1/hospital/wallet/refunds")
    @Operation(summary = "The hospital's refunds, newest first, with the totals of pending and completed refunds",
            description = "status (pending, processing, completed, cancelled, failed), page, per_page (default 15, "
                    + "at most 100). remaining_days: whole days until available_at, rounded up; 0 once it passed. "
                    + "total_pending counts pending and processing refunds.")
    RefundList refunds(@AuthenticationPrincipal Caller caller,
                       @Parameter(schema = @Schema(allowableValues = {
                               "pending", "processing", "completed", "cancelled", "failed"}))
                       @RequestParam(name = "status", required = false) String status,
                       @RequestParam(name = "page", required = false) Integer page,
                       @RequestParam(name = "per_page", required = false) Integer perPage) {
        caller.requireHospitalId();
        ListFilters filters = new ListFilters();
        String checkedStatus = filters.oneOf("status", status, STATUSES);
        filters.check();
        PageRequest pageRequest = PageRequest.of(page, perPage, DEFAULT_PER_PAGE);
        RefundPage result = queries.query(new FindRefundsQuery(caller.requireWallet(), checkedStatus,
                pageRequest.page(), pageRequest.perPage()), RefundPage.class).join();
        Instant now = calendar.now();
        List<RefundItem> items = result.items().stream().map(refund -> item(refund, now)).toList();
        return new RefundList(true, PaginatorPage.of(items, result.page(), result.perPage(), result.total()),
                new RefundSummary(result.totalPending(), result.totalPendingAmount(), result.totalCompleted(),
                        result.totalCompletedAmount()));
    }

    static final java.util.Set<String> REASONS = java.util.Set.of("emergency_sos_refund", "Shift edit refund",
            "Shift cancellation refund", "Unused shift funds", "Excess shift funding");

    /** A refund as the admin lists it: whose it is, what it came from, and any review. */
    record AdminRefundItem(long id, String refundId, long hospitalId, long walletId, Long shiftId, Long sosId,
                           Money originalAmount, Money serviceChargeDeducted, Money refundAmount, String status,
                           String reason, String description, String remarks, Instant requestedAt,
                           Instant availableAt, long remainingDays, Instant completedAt, String transactionId) {
    }

    /** The admin's list: every hospital's refunds under {@code data} and the summary over all of them. */
    record AdminRefundList(boolean success, PaginatorPage<AdminRefundItem> data, RefundSummary summary) {
    }

    @GetMapping("/api/v1/admin/finance/refunds")
    @Operation(summary = "Every hospital's refunds, newest first: shift refunds (released after their hold period) "
            + "and Emergency SOS refund requests (reviewed with POST /admin/finance/refunds/{id}/process)",
            description = "status (pending, processing, completed, cancelled, failed); reason (emergency_sos_refund, "
                    + "Shift edit refund, Shift cancellation refund, Unused shift funds, Excess shift funding); "
                    + "page, per_page (default 15, at most 100).")
    @Parameter(name = "status", in = ParameterIn.QUERY,
            schema = @Schema(allowableValues = {"pending", "processing", "completed", "cancelled", "failed"}))
    AdminRefundList allRefunds(@RequestParam(name = "status", required = false) String status,
                               @RequestParam(name = "reason", required = false) String reason,
                               @RequestParam(name = "page", required = false) Integer page,
                               @RequestParam(name = "per_page", required = false) Integer perPage) {
        ListFilters filters = new ListFilters();
        String checkedStatus = filters.oneOf("status", status, STATUSES);
        String checkedReason = filters.oneOf("reason", reason, REASONS);
        filters.check();
        PageRequest pageRequest = PageRequest.of(page, perPage, DEFAULT_PER_PAGE);
        RefundPage result = queries.query(new FindAllRefundsQuery(checkedStatus, checkedReason, pageRequest.page(),
                pageRequest.perPage()), RefundPage.class).join();
        Instant now = calendar.now();
        List<AdminRefundItem> items = result.items().stream().map(refund -> new AdminRefundItem(refund.id(),
                refund.refundId(), refund.hospitalId(), refund.walletId(), refund.shiftId(), refund.sosId(),
                refund.originalAmount(), refund.serviceChargeDeducted(), refund.refundAmount(), refund.status(),
                refund.reason(), refund.description(), refund.remarks(), refund.requestedAt(), refund.availableAt(),
                RefundTerms.remainingDays(refund.availableAt(), now), refund.completedAt(), refund.transactionId()))
                .toList();
        return new AdminRefundList(true, PaginatorPage.of(items, result.page(), result.perPage(), result.total()),
                new RefundSummary(result.totalPending(), result.totalPendingAmount(), result.totalCompleted(),
                        result.totalCompletedAmount()));
    }

    private static RefundItem item(RefundView refund, Instant now) {
        return new RefundItem(refund.id(), refund.refundId(), refund.originalAmount(),
                refund.serviceChargeDeducted(), refund.refundAmount(), refund.status(), refund.reason(),
                refund.requestedAt(), refund.availableAt(), RefundTerms.remainingDays(refund.availableAt(), now),
                refund.shiftId(), refund.completedAt(), refund.transactionId());
    }
}
