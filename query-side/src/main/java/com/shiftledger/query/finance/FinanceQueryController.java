package com.shiftledger.query.finance;

import com.shiftledger.api.ledger.FinanceOverview;
import com.shiftledger.api.ledger.FindFinanceOverviewQuery;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import com.shiftledger.api.wallet.FindTransactionsQuery;
import com.shiftledger.api.wallet.FindWithdrawalsQuery;
import com.shiftledger.api.wallet.TransactionFilter;
import com.shiftledger.api.wallet.TransactionPage;
import com.shiftledger.api.wallet.TransactionView;
import com.shiftledger.api.wallet.WithdrawalPage;
import com.shiftledger.api.wallet.WithdrawalView;
import com.shiftledger.query.web.ListFilters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** The admin's finance views: totals, every wallet transaction, every withdrawal request. */
@RestController
@Tag(name = "Admin finance")
class FinanceQueryController {

    static final Set<String> TYPES = Set.of("credit", "debit", "refund");
    static final Set<String> STATUSES = Set.of("completed", "pending", "failed");
    static final Set<String> WITHDRAWAL_STATUSES = Set.of("pending", "approved", "rejected");

    private final QueryGateway queries;

    FinanceQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/finance")
    @Operation(summary = "Finance overview: wallet balances, top-ups, withdrawals, platform revenue")
    ApiResponse<FinanceOverview> overview() {
        return ApiResponse.ok(queries.query(new FindFinanceOverviewQuery(), FinanceOverview.class).join());
    }

    @GetMapping("/api/v1/admin/finance/transactions")
    @Operation(summary = "Every wallet transaction, newest first",
            description = "type: credit, debit, or refund (transactions of category refund); status: completed, "
                    + "pending, failed")
    @Parameter(name = "type", in = ParameterIn.QUERY,
            schema = @Schema(allowableValues = {"credit", "debit", "refund"}))
    PagedResponse<TransactionView> transactions(@RequestParam(name = "type", required = false) String type,
                                                @Parameter(schema = @Schema(allowableValues = {
                                                        "completed", "pending", "failed"}))
                                                @RequestParam(name = "status", required = false) String status,
                                                @RequestParam(name = "page", required = false) Integer page,
                                                @RequestParam(name = "per_page", required = false) Integer perPage) {
        ListFilters filters = new ListFilters();
        String checkedType = filters.oneOf("type", type, TYPES);
        String checkedStatus = filters.oneOf("status", status, STATUSES);
        filters.check();
        TransactionFilter filter = "refund".equals(checkedType)
                ? new TransactionFilter(null, "refund", checkedStatus, null, null)
                : new TransactionFilter(checkedType, null, checkedStatus, null, null);
        PageRequest pageRequest = PageRequest.of(page, perPage, 15);
        TransactionPage result = queries.query(new FindTransactionsQuery(null, filter, pageRequest.page(),
                pageRequest.perPage()), TransactionPage.class).join();
        return PagedResponse.of(result.items(), result.page(), result.perPage(), result.total());
    }

    @GetMapping("/api/v1/admin/finance/withdrawals")
    @Operation(summary = "Every withdrawal request, newest first; status: pending, approved, rejected")
    @Parameter(name = "status", in = ParameterIn.QUERY,
            schema = @Schema(allowableValues = {"pending", "approved", "rejected"}))
    PagedResponse<WithdrawalView> withdrawals(@RequestParam(name = "status", required = false) String status,
                                              @RequestParam(name = "page", required = false) Integer page,
                                              @RequestParam(name = "per_page", required = false) Integer perPage) {
        ListFilters filters = new ListFilters();
        String checkedStatus = filters.oneOf("status", status, WITHDRAWAL_STATUSES);
        filters.check();
        PageRequest pageRequest = PageRequest.of(page, perPage, 15);
        WithdrawalPage result = queries.query(new FindWithdrawalsQuery(null, checkedStatus, pageRequest.page(),
                pageRequest.perPage()), WithdrawalPage.class).join();
        return PagedResponse.of(result.items(), result.page(), result.perPage(), result.total());
    }
}
