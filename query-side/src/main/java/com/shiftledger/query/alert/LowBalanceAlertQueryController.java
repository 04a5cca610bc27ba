package com.shiftledger.query.alert;

import com.shiftledger.api.alert.FindLowBalanceAlertsQuery;
import com.shiftledger.api.alert.LowBalanceAlertPage;
import com.shiftledger.api.alert.LowBalanceAlertStatus;
import com.shiftledger.api.alert.LowBalanceAlertView;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import com.shiftledger.query.web.ListFilters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Every hospital wallet's low amount alerts, newest first, as the admin reviews them. */
@RestController
@Tag(name = "Admin low amount alerts")
class LowBalanceAlertQueryController {

    static final Set<String> STATUSES = Arrays.stream(LowBalanceAlertStatus.values())
            .map(LowBalanceAlertStatus::code).collect(Collectors.toUnmodifiableSet());
    static final int DEFAULT_PER_PAGE = 20;

    private final QueryGateway queries;

    LowBalanceAlertQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** An alert: whose wallet, the balance it fell to, the threshold it crossed, and its review. */
    record LowAmountAlert(String id, long hospitalId, long walletId, Money balance, Money threshold, String status,
                 String notes, Instant createdAt, Instant reviewedAt) {

        static LowAmountAlert of(LowBalanceAlertView alert) {
            return new LowAmountAlert(alert.alertId(), alert.hospitalId(), alert.walletId(), alert.balance(),
                    alert.threshold(), alert.status(), alert.notes(), alert.raisedAt(), alert.reviewedAt());
        }
    }

    @GetMapping("/api/v1/admin/low-amount-alerts")
    @Operation(summary = "Every hospital wallet's low amount alerts, newest first",
            description = "An alert is raised once each time a wallet's balance falls from at or above its threshold "
                    + "(the hospital's own, else the platform's low_balance_threshold) to below it. status (open, "
                    + "reviewed); page (1 to 10000), per_page (1 to 100, default 20); bad filters or paging answer "
                    + "422. Reviewed with POST "
                    + "/admin/low-amount-alerts/{id}/review.")
    PagedResponse<LowAmountAlert> alerts(@Parameter(schema = @Schema(allowableValues = {"open", "reviewed"}))
                                @RequestParam(name = "status", required = false) String status,
                                @RequestParam(name = "page", required = false) String page,
                                @RequestParam(name = "per_page", required = false) String perPage) {
        ListFilters filters = new ListFilters();
        String checkedStatus = filters.oneOf("status", status, STATUSES);
        PageRequest request = filters.page(page, perPage, DEFAULT_PER_PAGE);
        filters.check();
        LowBalanceAlertPage result = queries.query(new FindLowBalanceAlertsQuery(checkedStatus, request.page(),
                request.perPage()), LowBalanceAlertPage.class).join();
        return PagedResponse.of(result.items().stream().map(LowAmountAlert::of).toList(), result.page(),
                result.perPage(), result.total());
    }
}
