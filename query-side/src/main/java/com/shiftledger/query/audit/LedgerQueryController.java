package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.AuditReport;
import com.shiftledger.api.ledger.FindLedgerAccountsQuery;
import com.shiftledger.api.ledger.LedgerAccounts;
import com.shiftledger.api.ledger.VerifyLedgerQuery;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rest.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** The auditor's endpoints: every ledger account with its balance, and the invariant check over the event store. */
@RestController
@Tag(name = "Ledger and audit")
class LedgerQueryController {

    private final QueryGateway queries;

    LedgerQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    record AccountBalance(String account, BigDecimal balance) {
    }

    record Accounts(List<AccountBalance> accounts, BigDecimal sum) {
    }

    @GetMapping("/api/v1/admin/ledger/accounts")
    @Operation(summary = "Every ledger account, its balance in rupees, and their sum (0 when the ledger balances)")
    ApiResponse<Accounts> accounts() {
        LedgerAccounts ledger = queries.query(new FindLedgerAccountsQuery(), LedgerAccounts.class).join();
        List<AccountBalance> accounts = ledger.accounts().stream()
                .map(a -> new AccountBalance(a.account(), rupees(a.balancePaise())))
                .toList();
        return ApiResponse.ok(new Accounts(accounts, rupees(ledger.sumPaise())));
    }

    @GetMapping("/api/v1/admin/audit/verify")
    @Operation(summary = "Check conservation, no overdraft and replay over the whole event store; lists every violation")
    ApiResponse<AuditReport> verify() {
        return ApiResponse.ok(queries.query(new VerifyLedgerQuery(), AuditReport.class).join());
    }

    private static BigDecimal rupees(long paise) {
        return BigDecimal.valueOf(paise, 2);
    }
}
