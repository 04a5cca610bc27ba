package com.shiftledger.query.wallet;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.TransactionCategory;
import com.shiftledger.api.rejection.RejectedException;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.rest.PageRequest;
import com.shiftledger.api.rest.PagedResponse;
import com.shiftledger.api.rest.PaginatorPage;
import com.shiftledger.api.wallet.FindTransactionsQuery;
import com.shiftledger.api.wallet.FindWalletSummaryQuery;
import com.shiftledger.api.wallet.FindWithdrawalsQuery;
import com.shiftledger.api.wallet.TransactionFilter;
import com.shiftledger.api.wallet.TransactionPage;
import com.shiftledger.api.wallet.TransactionView;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletSummary;
import com.shiftledger.api.wallet.WithdrawalPage;
import com.shiftledger.api.wallet.WithdrawalView;
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

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The wallet as hospitals and professionals read it: balances, recent and filtered transactions, withdrawals. */
@RestController
@Tag(name = "Wallet history")
class WalletQueryController {

    static final int RECENT_TRANSACTIONS = 10;
    static final Set<String> TYPES = Set.of("credit", "debit");
    static final Set<String> CATEGORIES = Arrays.stream(TransactionCategory.values())
            .map(TransactionCategory::code).collect(Collectors.toUnmodifiableSet());
    static final Set<String> WITHDRAWAL_STATUSES = Set.of("pending", "approved", "rejected");

    private final QueryGateway queries;

    WalletQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/hospital/wallet")
    @Operation(summary = "The hospital's wallet (with its id) and its recent transactions")
    ApiResponse<WalletSummary> hospitalWallet(@AuthenticationPrincipal Caller caller) {
        caller.requireHospitalId();
        return ApiResponse.ok(summary(caller.requireWallet()));
    }

    @GetMapping("/api/v1/professional/wallet")
    @Operation(summary = "The professional's wallet (with its id) and its recent transactions")
    ApiResponse<WalletSummary> professionalWallet(@AuthenticationPrincipal Caller caller) {
        caller.requireProfessionalId();
        return ApiResponse.ok(summary(caller.requireWallet()));
    }

    @GetMapping("/api/v1/hospital/transactions")
    @Operation(summary = "The hospital's transaction history, newest first, with filters")
    PagedResponse<TransactionView> hospitalTransactions(
            @AuthenticationPrincipal Caller caller,
            @Parameter(schema = @Schema(allowableValues = {"credit", "debit"}))
            @RequestParam(name = "type", required = false) String type,
            @Parameter(schema = @Schema(allowableValues = {
                    "wallet_topup", "shift_payment", "refund", "emergency_sos", "emergency_sos_extra_pay",
                    "emergency_sos_refund", "withdrawal", "shift_earning"}))
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "date_from", required = false) String dateFrom,
            @RequestParam(name = "date_to", required = false) String dateTo,
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        caller.requireHospitalId();
        ListFilters filters = new ListFilters();
        String checkedType = filters.oneOf("type", type, TYPES);
        String checkedCategory = filters.oneOf("category", category, CATEGORIES);
        LocalDate from = filters.date("date_from", dateFrom);
        LocalDate to = filters.date("date_to", dateTo);
        filters.requireOrder("date_from", from, "date_to", to);
        filters.check();
        PageRequest pageRequest = PageRequest.of(page, perPage, 20);
        TransactionPage result = queries.query(new FindTransactionsQuery(caller.requireWallet(),
                new TransactionFilter(checkedType, checkedCategory, null, from, to), pageRequest.page(),
                pageRequest.perPage()), TransactionPage.class).join();
        return PagedResponse.of(result.items(), result.page(), result.perPage(), result.total());
    }

    @GetMapping("/api/v1/hospital/wallet/withdrawals")
    @Operation(summary = "The hospital's withdrawal requests, newest first")
    ApiResponse<PaginatorPage<WithdrawalView>> hospitalWithdrawals(
            @AuthenticationPrincipal Caller caller,
            @Parameter(schema = @Schema(allowableValues = {"pending", "approved", "rejected"}))
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        caller.requireHospitalId();
        return ApiResponse.ok(withdrawals(caller.requireWallet(), status, page, perPage));
    }

    @GetMapping("/api/v1/professional/wallet/withdrawals")
    @Operation(summary = "The professional's withdrawal requests, newest first")
    ApiResponse<PaginatorPage<WithdrawalView>> professionalWithdrawals(
            @AuthenticationPrincipal Caller caller,
            @Parameter(schema = @Schema(allowableValues = {"pending", "approved", "rejected"}))
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        caller.requireProfessionalId();
        return ApiResponse.ok(withdrawals(caller.requireWallet(), status, page, perPage));
    }

    private PaginatorPage<WithdrawalView> withdrawals(WalletId walletId, String status, Integer page,
                                                      Integer perPage) {
        ListFilters filters = new ListFilters();
        String checkedStatus = filters.oneOf("status", status, WITHDRAWAL_STATUSES);
        filters.check();
        PageRequest pageRequest = PageRequest.of(page, perPage, 15);
        WithdrawalPage result = queries.query(new FindWithdrawalsQuery(walletId, checkedStatus, pageRequest.page(),
                pageRequest.perPage()), WithdrawalPage.class).join();
        return PaginatorPage.of(result.items(), result.page(), result.perPage(), result.total());
    }

    private WalletSummary summary(WalletId walletId) {
        WalletSummary summary = queries.query(new FindWalletSummaryQuery(walletId, RECENT_TRANSACTIONS),
                WalletSummary.class).join();
        if (summary == null) {
            throw RejectedException.notFound("Wallet not found.");
        }
        return summary;
    }
}
