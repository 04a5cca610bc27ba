package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.AuditReport;
import com.shiftledger.api.ledger.FindLedgerAccountsQuery;
import com.shiftledger.api.ledger.LedgerAccounts;
import com.shiftledger.api.ledger.VerifyLedgerQuery;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.ledger.FindWalletBalanceAtQuery;
import com.shiftledger.api.ledger.FindWalletStatementQuery;
import com.shiftledger.api.ledger.WalletBalanceAt;
import com.shiftledger.api.ledger.WalletStatement;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.query.signing.Seal;
import com.shiftledger.query.signing.StatementSigner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
 * any wallet's balance at an instant and its signed statement, replayed from the event store, and the public key
 * statements are signed with.
 */
@RestController
@Tag(name = "Ledger and audit")
class LedgerQueryController {

    static final String WALLET_NOT_FOUND = "Wallet not found.";
    static final MediaType PEM = new MediaType("application", "x-pem-file");

    private final QueryGateway queries;
    private final StatementSigner signer;

    LedgerQueryController(QueryGateway queries, StatementSigner signer) {
        this.queries = queries;
        this.signer = signer;
    }

    record AccountBalance(String account, BigDecimal balance) {
    }

    /** The rupee accounts and their sum as before; the coin accounts apart, in whole coins, with their own sum. */
    record Accounts(List<AccountBalance> accounts, BigDecimal sum, LedgerCoinAccounts coins) {
    }

    record LedgerCoinAccounts(List<LedgerCoinBalance> accounts, long sum) {
    }

    record LedgerCoinBalance(String account, long balance) {
    }

    @GetMapping("/api/v1/admin/ledger/accounts")
    @Operation(summary = "Every ledger account, its balance in rupees, and their sum (0 when the ledger balances); "
            + "the referral coin accounts apart under coins, in whole coins, with their own sum (0 as well)")
    ApiResponse<Accounts> accounts() {
        LedgerAccounts ledger = queries.query(new FindLedgerAccountsQuery(), LedgerAccounts.class).join();
        List<AccountBalance> accounts = ledger.accounts().stream()
                .map(a -> new AccountBalance(a.account(), rupees(a.balancePaise())))
                .toList();
        List<LedgerCoinBalance> coins = ledger.coinAccounts().stream()
                .map(a -> new LedgerCoinBalance(a.account(), a.coins()))
                .toList();
        return ApiResponse.ok(new Accounts(accounts, rupees(ledger.sumPaise()),
                new LedgerCoinAccounts(coins, ledger.sumCoins())));
    }

    @GetMapping("/api/v1/admin/audit/verify")
    @Operation(summary = "Check conservation, no overdraft and replay over the whole event store; lists every "
            + "violation")
    ApiResponse<AuditReport> verify() {
        return ApiResponse.ok(queries.query(new VerifyLedgerQuery(), AuditReport.class).join());
    }

    @GetMapping("/api/v1/admin/audit/wallets/{walletId}/balance")
    @Operation(summary = "A wallet's balance at a past instant, replayed from the event store (not a read model)")
    ApiResponse<WalletBalanceAt> balanceAt(@PathVariable("walletId") long walletId,
                                           @Parameter(required = true, example = "2026-01-31T12:00:00Z")
                                           @RequestParam(name = "at", required = false) String at) {
        AuditFilters filters = new AuditFilters();
        Instant instant = filters.required("at", at);
        filters.check();
        WalletBalanceAt balance = queries.query(new FindWalletBalanceAtQuery(walletIdOf(walletId), instant),
                WalletBalanceAt.class).join();
        if (balance == null) {
            throw RejectedException.notFound(WALLET_NOT_FOUND);
        }
        return ApiResponse.ok(balance);
    }

    /** The JSON answer of a statement in its envelope (the method answers CSV too, so it is untyped). */
    @Schema(name = "ApiResponseSignedStatement")
    record StatementAnswer(boolean success, SignedStatement data) {
    }

    @GetMapping("/api/v1/admin/audit/wallets/{walletId}/statement")
    @Operation(summary = "A wallet's statement from the event store, hash-chained and Ed25519-signed (json or csv)",
            description = "Covers [from, to). Each entry's hash is SHA-256 (lower-case hex) of the UTF-8 bytes of the "
                    + "previous hash, a line feed, and the line sequence|occurred_at|transaction_id|type|category|"
                    + "amount_paise|balance_after_paise|counterparty|reference (a missing value is null). The chain "
                    + "starts from 64 zeros before the wallet's first movement; opening_hash is the hash of the entry "
                    + "before the first one shown, so consecutive periods link. signature is base64 Ed25519 over the "
                    + "ASCII closing_hash, by the key key_id of GET /admin/audit/signing-key. CSV: the same rows with "
                    + "previous_hash and hash, then '# name: value' trailer lines.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The statement",
            content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = StatementAnswer.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    ResponseEntity<?> statement(@PathVariable("walletId") long walletId,
                                @RequestParam(name = "from", required = false) String from,
                                @RequestParam(name = "to", required = false) String to,
                                @Parameter(schema = @Schema(allowableValues = {"json", "csv"}))
                                @RequestParam(name = "format", required = false) String format) {
        AuditFilters filters = new AuditFilters();
        Instant fromInstant = filters.optional("from", from);
        Instant toInstant = filters.optional("to", to);
        filters.period(fromInstant, toInstant);
        String checkedFormat = filters.format(format);
        filters.check();
        WalletStatement statement = queries.query(new FindWalletStatementQuery(walletIdOf(walletId), fromInstant,
                toInstant), WalletStatement.class).join();
        if (statement == null) {
            throw RejectedException.notFound(WALLET_NOT_FOUND);
        }
        Seal seal = signer.seal(statement.closingHash());
        if (checkedFormat.equals("csv")) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"wallet-" + walletId + "-statement.csv\"")
                    .body(StatementCsv.of(statement, seal));
        }
        return ResponseEntity.ok(ApiResponse.ok(SignedStatement.of(statement, seal)));
    }

    @GetMapping("/api/v1/admin/audit/signing-key")
    @Operation(summary = "The Ed25519 public key statements are signed with, in PEM; its key id in X-Signing-Key-Id",
            description = "The key id is the first 16 hex digits of the SHA-256 of the key's DER encoding.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The public key in PEM",
            content = @Content(mediaType = "application/x-pem-file", schema = @Schema(type = "string")))
    ResponseEntity<String> signingKey() {
        return ResponseEntity.ok()
                .contentType(PEM)
                .header("X-Signing-Key-Id", signer.keyId())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"shiftledger-" + signer.keyId() + ".pem\"")
                .body(signer.publicKeyPem());
    }

    /** A wallet id from the path; one that no wallet can have is not found, like a missing one. */
    private static WalletId walletIdOf(long walletId) {
        if (walletId <= 0) {
            throw RejectedException.notFound(WALLET_NOT_FOUND);
        }
        return new WalletId(walletId);
    }

    private static BigDecimal rupees(long paise) {
        return BigDecimal.valueOf(paise, 2);
    }
}
