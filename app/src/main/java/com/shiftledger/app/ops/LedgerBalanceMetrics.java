package com.shiftledger.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shiftledger.ledger.balance} in paise, per kind of ledger account ({@code account_kind}: hospital,
 * professional, shift, sos, withdrawal, refund, platform, gateway, payouts), summed from the journal read model
 * ({@code journal_line}) with one aggregate query at most every {@link EventProcessorMetrics#REFRESH}. The kinds add
 * up to zero; the clearing accounts (gateway, payouts) are negative by design.
 */
@Component
class LedgerBalanceMetrics implements MeterBinder {

    static final String ACCOUNT_KIND = "account_kind";
    static final List<String> KINDS = List.of("hospital", "professional", "shift", "sos", "withdrawal", "refund",
            "platform", "gateway", "payouts");

    private static final String BALANCES_BY_KIND = """
            select substring(account, 1, position(':' in account) - 1) as kind, sum(amount_paise)
            from journal_line
            group by substring(account, 1, position(':' in account) - 1)""";

    private final Cached<Map<String, Long>> balances;

    LedgerBalanceMetrics(JdbcTemplate jdbc, Clock clock) {
        this.balances = new Cached<>(() -> read(jdbc), null, EventProcessorMetrics.REFRESH, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String kind : KINDS) {
            Gauge.builder("shiftledger.ledger.balance", this, metrics -> metrics.balance(kind))
                    .tag(ACCOUNT_KIND, kind)
                    .baseUnit("paise")
                    .description("Sum of the journal's lines on every account of this kind")
                    .register(registry);
        }
    }

    double balance(String kind) {
        Map<String, Long> current = balances.get();
        return current == null ? Double.NaN : current.getOrDefault(kind, 0L);
    }

    private static Map<String, Long> read(JdbcTemplate jdbc) {
        Map<String, Long> result = new HashMap<>();
        jdbc.query(BALANCES_BY_KIND, row -> {
            result.put(row.getString(1), row.getLong(2));
        });
        return result;
    }
}
