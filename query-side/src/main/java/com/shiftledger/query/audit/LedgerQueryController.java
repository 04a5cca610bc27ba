package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.AuditReport;
import com.shiftledger.api.ledger.FindLedgerAccountsQuery;
import com.shiftledger.api.ledger.LedgerAccounts;
import com.shiftledger.api.ledger.VerifyLedgerQuery;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.ledger.FindWalletBalanceAtQuery;
import com.shiftledger.api.ledger.FindWalletStatementQuery;
import com.shiftledger.api.ledger.WalletBalanceAt;
import com.shiftledger.api.ledger.WalletStatement;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.wallet.WalletId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The auditor's endpoints: every ledger account with its balance, the invariant check over the event store,
 * and any wallet's balance at an instant and statement, replayed from the event store.
 */
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

    @GetMapping("/api/v1/admin/audit/wallets/{walletId}/balance")
    @Operation(summary = "A wallet's balance at a past instant, replayed from the event store (not a read model)")
    ApiResponse<WalletBalanceAt> balanceAt(@PathVariable("walletId") long walletId,
                                           @RequestParam(name = "at", required = false) String at) {
        AuditFilters filters = new AuditFilters();
        Instant instant = filters.required("at", at);
        filters.check();
        WalletBalanceAt balance = queries.query(new FindWalletBalanceAtQuery(new WalletId(walletId), instant),
                WalletBalanceAt.class).join();
        if (balance == null) {
            throw RejectedException.notFound("Wallet not found.");
        }
        return ApiResponse.ok(balance);
    }

    @GetMapping("/api/v1/admin/audit/wallets/{walletId}/statement")
    @Operation(summary = "A wallet's statement from the event store with a SHA-256 hash chain (json or csv)",
            description = "Each entry's hash is SHA-256 (hex) of the previous hash, a newline, and the line "
                    + "sequence|occurred_at|transaction_id|type|category|amount_paise|balance_after_paise|"
                    + "counterparty|reference. The chain starts from 64 zeros at the wallet's first movement; "
                    + "opening_hash is the hash before the first entry shown.")
    ResponseEntity<?> statement(@PathVariable("walletId") long walletId,
                                @RequestParam(name = "from", required = false) String from,
                                @RequestParam(name = "to", required = false) String to,
                                @RequestParam(name = "format", required = false) String format) {
        AuditFilters filters = new AuditFilters();
        Instant fromInstant = filters.optional("from", from);
        Instant toInstant = filters.optional("to", to);
        String checkedFormat = filters.format(format);
        filters.check();
        WalletStatement statement = queries.query(new FindWalletStatementQuery(new WalletId(walletId), fromInstant,
                toInstant), WalletStatement.class).join();
        if (statement == null) {
            throw RejectedException.notFound("Wallet not found.");
        }
        if (checkedFormat.equals("csv")) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"wallet-" + walletId + "-statement.csv\"")
                    .body(StatementCsv.of(statement));
        }
        return ResponseEntity.ok(ApiResponse.ok(statement));
    }

    private static BigDecimal rupees(long paise) {
        return BigDecimal.valueOf(paise, 2);
    }
}
