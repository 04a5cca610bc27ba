package com.shiftledger.query.wallet;

import com.shiftledger.api.identity.Caller;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.rest.ApiResponse;
import com.shiftledger.api.shift.FindPendingEarningsQuery;
import com.shiftledger.api.shift.PendingEarnings;
import com.shiftledger.api.wallet.EarningsSummary;
import com.shiftledger.api.wallet.FindEarningsQuery;
import com.shiftledger.api.platform.PlatformCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A professional's earnings: shift pay and emergency extra pay credited to their wallet, by month. */
@RestController
@Tag(name = "Professional earnings")
class EarningsQueryController {

    static final int MONTHS = 12;
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final QueryGateway queries;
    private final PlatformCalendar calendar;

    EarningsQueryController(QueryGateway queries, PlatformCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    /** The seed's earnings summary. */
    record Earnings(Money totalEarnings, Money pendingEarnings, Money thisMonth, Money lastMonth,
                    List<MonthEarnings> monthlyBreakdown, Money walletBalance) {
    }

    /** One month of the breakdown, labelled as the apps show it, for example {@code Dec 2024}. */
    record MonthEarnings(String month, Money earnings) {
    }

    @GetMapping("/api/v1/professional/earnings")
    @Operation(summary = "The professional's earnings: in all, still pending, this and last month, and the last 12 "
            + "months newest first, with the wallet balance",
            description = "Earnings are the wallet's completed credits of category shift_earning and "
                    + "emergency_sos_extra_pay; months are those of the platform's time zone "
                    + "(shiftledger.time-zone). pending_earnings is the professional pay of the accepted positions "
                    + "whose work is not completed yet.")
    ApiResponse<Earnings> earnings(@AuthenticationPrincipal Caller caller) {
        long professionalId = caller.requireProfessionalId();
        EarningsSummary summary = queries.query(new FindEarningsQuery(caller.requireWallet(),
                calendar.currentMonth(), calendar.zone().getId(), MONTHS), EarningsSummary.class).join();
        PendingEarnings pending = queries.query(new FindPendingEarningsQuery(professionalId), PendingEarnings.class)
                .join();
        List<MonthEarnings> months = summary.monthlyBreakdown().stream()
                .map(month -> new MonthEarnings(month.month().format(MONTH_LABEL), month.earnings()))
                .toList();
        return ApiResponse.ok(new Earnings(summary.totalEarnings(), pending.amount(), summary.thisMonth(),
                summary.lastMonth(), months, summary.walletBalance()));
    }
}
