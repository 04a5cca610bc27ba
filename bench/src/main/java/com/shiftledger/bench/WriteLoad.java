package com.shiftledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * P1 and P2: ₹100 withdrawal requests, closed loop, 16 clients, each phase bounded in time and requests, against
 * the raw baseline of the same work in plain JDBC measured just before it in the same run.
 * <ul>
 *   <li>P1: 64 distinct wallets; client c sends to wallets c, c+16, c+32, c+48 in turn, so no two requests ever
 *   wait for the same wallet. Baseline: one event row inserted and committed per request.</li>
 *   <li>P2: one hot wallet for all 16 clients. Baseline: in one transaction, the balance row debited (only when
 *   it can pay) and the event row inserted.</li>
 * </ul>
 */
final class WriteLoad {

    /** Raw phases are bounded by time; this cap only keeps them finite. */
    private static final long RAW_REQUESTS_PER_SECOND = 200_000;

    private final Run run;

    WriteLoad(Run run) {
        this.run = run;
    }

    /** P1 at this stage; answers ShiftLedger's throughput. */
    double distinctWallets(String stage) throws Exception {
        Options o = run.options;
        List<TrackedWallet> wallets = run.distinct;
        long cap = run.requestCap(o.p1Duration.plus(o.warmup));
        run.fund(wallets, cap / wallets.size() + 1);
        byte[] payload = samplePayload();

        run.raw.insertAndCommit(o.clients, o.wallets, o.warmup, Long.MAX_VALUE, payload);
        Cpu rawCpu = Cpu.start(run.app.pid());
        Load.Result raw = run.raw.insertAndCommit(o.clients, o.wallets, o.p1Duration,
                RAW_REQUESTS_PER_SECOND * o.p1Duration.toSeconds(), payload);
        Map<String, Object> baselineCpu = rawCpu.stop();

        Load.Request withdraw = (client, n) -> {
            List<TrackedWallet> mine = walletsOf(wallets, client, o.clients);
            TrackedWallet wallet = mine.get((int) (n % mine.size()));
            Http.Response response = run.api.withdraw(wallet.hospital);
            if (response.status() == 200) {
                wallet.withdrew();
            }
            run.sampleError("P1", response);
            return response.status();
        };
        long logFrom = run.app.logPosition();
        Load.Result warm = Load.closedLoop(o.clients, o.warmup, cap, withdraw);
        run.database.awaitReadSide(Duration.ofMinutes(5));
        Map<String, Object> details = run.context();
        long headBefore = run.database.head();
        Cpu cpu = Cpu.start(run.app.pid());
        Load.Result result = Load.closedLoop(o.clients, o.p1Duration, cap - warm.successes(), withdraw);
        details.put("cpu", cpu.stop());
        details.put("read_side_backlog_at_stop_events", run.database.readSideBacklog());
        Duration readSide = run.database.awaitReadSide(Duration.ofMinutes(10));
        details.put("shiftledger", result.summary());
        details.put("baseline_insert_and_commit", raw.summary());
        details.put("baseline_cpu", baselineCpu);
        details.put("baseline_payload_bytes", payload.length);
        details.put("shiftledger_payload_bytes_avg", averagePayload(headBefore));
        details.put("load_average_1m_after", Run.loadAverage());
        run.report.figure("P1", stage, "withdrawal requests/s, " + wallets.size() + " wallets, " + o.clients
                        + " clients", result.throughput(), "req/s", raw.throughput(),
                "raw insert-and-commit per request", Report.Goal.AT_LEAST, 0.40, details);
        latencyFigure("P1", stage, result, raw);
        readSideFigure("P1", stage, readSide);
        run.checkBaseline("P1", stage, raw);
        run.checkAnswers("P1", stage, "warm-up withdrawals", warm);
        run.checkAnswers("P1", stage, "withdrawals", result);
        concurrencyNote("P1", stage, logFrom);
        run.checkLedger("P1", stage, wallets, Duration.ofMinutes(5));
        run.remember(stage, "P1", result.throughput());
        run.remember(stage, "P1_p99", result.latencies().percentileMillis(99));
        return result.throughput();
    }

    /** P2 at this stage; answers ShiftLedger's throughput. */
    double hotWallet(String stage) throws Exception {
        Options o = run.options;
        TrackedWallet hot = run.hot;
        long cap = run.requestCap(o.p2Duration.plus(o.warmup));
        run.fund(List.of(hot), cap + 1);
        byte[] payload = samplePayload();

        run.raw.hotRowUpdateAndInsert(o.clients, o.warmup, Long.MAX_VALUE, payload);
        Cpu rawCpu = Cpu.start(run.app.pid());
        Load.Result raw = run.raw.hotRowUpdateAndInsert(o.clients, o.p2Duration,
                RAW_REQUESTS_PER_SECOND * o.p2Duration.toSeconds(), payload);
        Map<String, Object> baselineCpu = rawCpu.stop();

        Load.Request withdraw = (client, n) -> {
            Http.Response response = run.api.withdraw(hot.hospital);
            if (response.status() == 200) {
                hot.withdrew();
            }
            run.sampleError("P2", response);
            return response.status();
        };
        long logFrom = run.app.logPosition();
        long balanceBefore = hot.balance.get();
        Load.Result warm = Load.closedLoop(o.clients, o.warmup, cap, withdraw);
        run.database.awaitReadSide(Duration.ofMinutes(5));
        Map<String, Object> details = run.context();
        Cpu cpu = Cpu.start(run.app.pid());
        Load.Result result = Load.closedLoop(o.clients, o.p2Duration, cap - warm.successes(), withdraw);
        details.put("cpu", cpu.stop());
        details.put("read_side_backlog_at_stop_events", run.database.readSideBacklog());
        Duration readSide = run.database.awaitReadSide(Duration.ofMinutes(10));
        details.put("shiftledger", result.summary());
        details.put("baseline_hot_row_update_and_insert", raw.summary());
        details.put("baseline_cpu", baselineCpu);
        details.put("load_average_1m_after", Run.loadAverage());
        run.report.figure("P2", stage, "withdrawal requests/s, one wallet, " + o.clients + " clients",
                result.throughput(), "req/s", raw.throughput(), "raw hot-row update and insert per request",
                Report.Goal.AT_LEAST, 0.70, details);
        latencyFigure("P2", stage, result, raw);
        readSideFigure("P2", stage, readSide);
        run.checkBaseline("P2", stage, raw);
        run.checkAnswers("P2", stage, "warm-up withdrawals", warm);
        run.checkAnswers("P2", stage, "withdrawals", result);
        long concurrency = concurrencyNote("P2", stage, logFrom);
        run.report.check("P2", stage + ": no ConcurrencyException reached a client",
                result.serverErrors() + warm.serverErrors() == 0,
                "5xx answers " + (result.serverErrors() + warm.serverErrors()) + "; log lines naming it " + concurrency);
        run.checkLedger("P2", stage, List.of(hot), Duration.ofMinutes(5));
        long successes = warm.successes() + result.successes();
        long expected = balanceBefore - successes * ShiftLedgerApi.WITHDRAWAL_PAISE;
        long audited = run.api.auditedBalance(hot.walletId());
        run.report.check("P2", stage + ": hot balance = start − successes × ₹100",
                audited == expected && hot.balance.get() == expected && audited >= 0,
                "replayed from the event store " + audited + " paise, expected " + expected + " (start "
                        + balanceBefore + ", " + successes + " accepted)");
        run.remember(stage, "P2", result.throughput());
        return result.throughput();
    }

    /** The clients' wallets: client c gets every wallet w with w mod clients = c. */
    static List<TrackedWallet> walletsOf(List<TrackedWallet> wallets, int client, int clients) {
        List<TrackedWallet> mine = new ArrayList<>();
        for (int w = client % wallets.size(); w < wallets.size(); w += Math.max(1, clients)) {
            mine.add(wallets.get(w));
        }
        return mine.isEmpty() ? List.of(wallets.get(client % wallets.size())) : mine;
    }

    private void latencyFigure(String scenario, String stage, Load.Result result, Load.Result raw) {
        run.report.figure(scenario, stage, "p99 latency of a withdrawal request", result.latencies()
                        .percentileMillis(99), "ms", raw.latencies().percentileMillis(99), "raw p99",
                Report.Goal.INFO, Double.NaN, new LinkedHashMap<>());
    }

    private void readSideFigure(String scenario, String stage, Duration readSide) {
        run.report.figure(scenario, stage, "read side caught up after the load stopped",
                readSide == null ? Double.NaN : readSide.toMillis() / 1000.0, "s", Double.NaN, "",
                Report.Goal.INFO, Double.NaN, new LinkedHashMap<>());
    }

    private long concurrencyNote(String scenario, String stage, long logFrom) {
        long lines = run.app.countInLogSince(logFrom, "ConcurrencyException");
        if (lines > 0) {
            run.report.note(scenario + " " + stage + ": the application logged " + lines
                    + " lines naming ConcurrencyException");
        }
        return lines;
    }

    /** A stored WithdrawalRequestedEvent with ids of this run's magnitude (wallet, profile, withdrawal). */
    private byte[] samplePayload() throws Exception {
        TrackedWallet wallet = run.distinct.get(run.distinct.size() - 1);
        long withdrawal = Math.max(1, run.database.queryLong("select last_value from withdrawal_id_seq")) + 1000;
        return RawBaselines.withdrawalPayload(wallet.walletId(), wallet.hospital.profileId(), withdrawal);
    }

    private Object averagePayload(long headBefore) throws Exception {
        return run.database.queryLong("select coalesce(avg(length(payload)), 0)::bigint from domain_event_entry "
                + "where global_index > ? and payload_type = 'com.shiftledger.api.wallet.WithdrawalRequestedEvent'",
                headBefore);
    }
}
