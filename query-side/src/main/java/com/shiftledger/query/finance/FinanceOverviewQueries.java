package com.shiftledger.query.finance;

import com.shiftledger.api.ledger.FinanceOverview;
import com.shiftledger.api.ledger.FindFinanceOverviewQuery;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.platform.PlatformCalendar;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Totals for the admin, read from the wallet and journal read models (never from the event store); "this month" is
 * the platform calendar's.
 */
@Component
class FinanceOverviewQueries {

    private final JdbcTemplate jdbc;
    private final PlatformCalendar calendar;

    FinanceOverviewQueries(JdbcTemplate jdbc, PlatformCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @QueryHandler
    FinanceOverview handle(FindFinanceOverviewQuery query) {
        Timestamp monthStart = Timestamp.from(calendar.startOf(calendar.currentMonth()));
        return new FinanceOverview(
                money("select coalesce(sum(balance_paise), 0) from wallet_view where owner_type = 'hospital'"),
                money("select coalesce(sum(balance_paise), 0) from wallet_view where owner_type = 'professional'"),
                money("select coalesce(sum(amount_paise), 0) from wallet_transaction "
                        + "where category = 'wallet_topup' and status = 'completed'"),
                money("select coalesce(sum(amount_paise), 0) from wallet_transaction "
                        + "where category = 'wallet_topup' and status = 'completed' and created_at >= ?", monthStart),
                money("select coalesce(sum(amount_paise), 0) from withdrawal_view where status = 'approved'"),
                count("select count(*) from withdrawal_view where status = 'pending'"),
                money("select coalesce(sum(amount_paise), 0) from withdrawal_view where status = 'pending'"),
                money("select coalesce(sum(amount_paise), 0) from journal_line where account = 'platform:revenue'"),
                money("select coalesce(sum(amount_paise), 0) from journal_line "
                        + "where account = 'platform:revenue' and occurred_at >= ?", monthStart),
                money("select coalesce(sum(amount_paise), 0) from journal_line where account like 'shift:%'"),
                money("select coalesce(sum(amount_paise), 0) from journal_line where account like 'refund:%'"),
                count("select count(*) from wallet_transaction"));
    }

    private Money money(String sql, Object... args) {
        Long paise = jdbc.queryForObject(sql, Long.class, args);
        return Money.ofPaise(paise == null ? 0 : paise);
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
