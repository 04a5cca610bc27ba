package com.shiftledger.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P3: withdrawal requests on the distinct wallets in an open model at a fixed rate (half of P1's peak in this run
 * unless given) for N minutes. For every accepted request, the lag from its answer to the moment the read side
 * shows it: its row in {@code withdrawal_view} (wallet projection) and its journal line on {@code withdrawal:{id}}
 * (journal projection), watched in SQL every 20 ms. Then the catch-up: the application is stopped, a backlog of
 * withdrawal requests is written into the event store, the application is started, and the rate at which its
 * processors work the backlog off is compared with the append rate.
 */
final class ProjectionLag {

    private final Run run;

    ProjectionLag(Run run) {
        this.run = run;
    }

    void measure(String stage) throws Exception {
        Options o = run.options;
        double rate = Double.isNaN(o.p3Rate) ? run.p1Peak / 2 : o.p3Rate;
        if (Double.isNaN(rate) || rate <= 0) {
            throw new IllegalStateException("P3 needs P1's peak (run P1) or --p3-rate");
        }
        List<TrackedWallet> wallets = run.distinct;
        long requests = (long) Math.ceil(rate * o.p3Duration.toSeconds() * 1.1) + 100;
        run.fund(wallets, requests / wallets.size() + 1);
        run.database.awaitReadSide(Duration.ofMinutes(5));
        Map<String, Object> details = run.context();

        Watcher watcher = new Watcher();
        watcher.start();
        AtomicLong sent = new AtomicLong();
        Load.Request withdraw = (client, n) -> {
            TrackedWallet wallet = wallets.get((int) (n % wallets.size()));
            Http.Response response = run.api.withdraw(wallet.hospital);
            if (response.status() == 200) {
                wallet.withdrew();
                watcher.add(response.data().path("id").asLong(), System.nanoTime());
            }
            sent.incrementAndGet();
            run.sampleError("P3", response);
            return response.status();
        };
        long started = System.nanoTime();
        watcher.origin = started;
        Cpu cpu = Cpu.start(run.app.pid());
        Load.Result result = Load.openModel(rate, o.p3Duration, o.p3Workers, withdraw);
        details.put("cpu", cpu.stop());
        long backlogAtStop = run.database.readSideBacklog();
        Duration drained = run.database.awaitReadSide(Duration.ofMinutes(10));
        watcher.finish(Duration.ofSeconds(60));

        double appendRate = result.throughput();
        Latencies all = Latencies.merge(List.of(watcher.readSide));
        double p99 = all.percentileMillis(99);
        double firstQuarter = watcher.quarter(0).percentileMillis(99);
        double lastQuarter = watcher.quarter(3).percentileMillis(99);
        details.put("rate_asked_per_s", Report.round(rate));
        details.put("writes", result.summary());
        details.put("read_side_lag", all.summary());
        details.put("wallet_projection_lag", Latencies.merge(List.of(watcher.wallet)).summary());
        details.put("journal_projection_lag", Latencies.merge(List.of(watcher.journal)).summary());
        details.put("lag_p99_ms_by_quarter", List.of(Report.round(firstQuarter),
                Report.round(watcher.quarter(1).percentileMillis(99)),
                Report.round(watcher.quarter(2).percentileMillis(99)), Report.round(lastQuarter)));
        details.put("not_shown_within_60s", watcher.unresolved());
        details.put("backlog_at_stop_events", backlogAtStop);
        details.put("drained_after_stop_s", drained == null ? null : drained.toMillis() / 1000.0);
        details.put("load_average_1m_after", Run.loadAverage());
        run.report.figure("P3", stage, String.format("read-side lag p99 at %.0f req/s for %s", rate,
                        human(o.p3Duration)), p99, "ms", 1000, "the target itself: 1 s", Report.Goal.AT_MOST, 1.0,
                details);
        run.report.figure("P3", stage, "lag growth: p99 last quarter / first quarter", lastQuarter,
                "ms", Math.max(firstQuarter, 50), "first quarter's p99 (at least 50 ms)", Report.Goal.AT_MOST, 1.5,
                new LinkedHashMap<>());
        run.report.check("P3", stage + ": every accepted write shown", watcher.unresolved() == 0,
                watcher.unresolved() + " of " + watcher.added.get() + " not on the read side within 60 s");
        run.checkAnswers("P3", stage, "withdrawals", result);
        run.checkLedger("P3", stage, wallets, Duration.ofMinutes(10));

        catchUp(stage, appendRate);
    }

    /** Stops the application, writes a backlog into the store, starts it and times the processors' catch-up. */
    private void catchUp(String stage, double appendRate) throws Exception {
        Options o = run.options;
        long backlog = Math.max(2_000, (long) Math.ceil(appendRate * o.p3BacklogSeconds));
        List<TrackedWallet> wallets = run.fillers.isEmpty() ? run.distinct : run.fillers;
        run.app.stop();
        long[] ids = wallets.stream().mapToLong(TrackedWallet::walletId).toArray();
        long[] counts = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            counts[i] = backlog / ids.length + (i < backlog % ids.length ? 1 : 0);
        }
        List<Seeder.StreamResult> seeded = run.seeder.seed(ids, counts, Seeder.Pattern.REQUESTS);
        long written = 0;
        for (int i = 0; i < wallets.size(); i++) {
            wallets.get(i).seeded(seeded.get(i));
            written += seeded.get(i).events();
        }
        Growth.CatchUp catchUp = Growth.restartAndTime(run, o.catchUpTimeout);
        double catchUpRate = catchUp.rate(written);
        Map<String, Object> details = run.context();
        details.put("backlog_events", written);
        details.put("append_rate_per_s", Report.round(appendRate));
        details.put("startup_s", catchUp.startupSeconds());
        details.put("first_progress_after_launch_s", catchUp.firstProgressSeconds());
        details.put("caught_up_after_launch_s", catchUp.doneSeconds());
        details.put("processors_at_head_after_launch_s", catchUp.processorsDoneSeconds());
        run.report.figure("P3", stage, "catch-up after a stop: backlog events/s", catchUpRate, "ev/s", appendRate,
                "P3's append rate", Report.Goal.AT_LEAST, 3.0, details);
        run.report.check("P3", stage + ": backlog caught up", catchUp.doneSeconds() != null,
                catchUp.doneSeconds() == null ? "not within " + o.catchUpTimeout : written + " events");
        run.checkLedger("P3", stage + " backlog", wallets, Duration.ofMinutes(10));
    }

    static String human(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 && seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
    }

    /** Watches the read side for every accepted write, in SQL, every 20 ms. */
    private final class Watcher extends Thread {

        private final ConcurrentLinkedQueue<long[]> incoming = new ConcurrentLinkedQueue<>();
        private final Map<Long, long[]> pending = new HashMap<>();
        final Latencies readSide = new Latencies();
        final Latencies wallet = new Latencies();
        final Latencies journal = new Latencies();
        /** Per resolved sample: when it was answered (since the start) and its read-side lag, for the quarters. */
        private final List<long[]> timeline = new ArrayList<>();
        final AtomicLong added = new AtomicLong();
        volatile long origin;
        private volatile boolean stopping;
        private volatile long deadline = Long.MAX_VALUE;

        Watcher() {
            super("p3-lag-watcher");
            setDaemon(true);
        }

        void add(long withdrawalId, long answeredAt) {
            added.incrementAndGet();
            incoming.add(new long[]{withdrawalId, answeredAt});
        }

        @Override
        public void run() {
            try (Connection connection = run.database.monitor().getConnection();
                 PreparedStatement walletRows = connection.prepareStatement(
                         "select id from withdrawal_view where id = any(?)");
                 PreparedStatement journalRows = connection.prepareStatement(
                         "select account from journal_line where account = any(?)")) {
                while (!(stopping && incoming.isEmpty() && pending.isEmpty()) && System.nanoTime() < deadline) {
                    long[] sample;
                    while ((sample = incoming.poll()) != null) {
                        // withdrawal id, answered at, wallet seen at, journal seen at
                        pending.put(sample[0], new long[]{sample[0], sample[1], 0, 0});
                    }
                    if (!pending.isEmpty()) {
                        poll(connection, walletRows, journalRows);
                    }
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                run.report.note("P3 lag watcher stopped: " + e);
            }
        }

        private void poll(Connection connection, PreparedStatement walletRows, PreparedStatement journalRows)
                throws Exception {
            List<Long> walletIds = new ArrayList<>();
            List<String> journalAccounts = new ArrayList<>();
            for (long[] p : pending.values()) {
                if (p[2] == 0) {
                    walletIds.add(p[0]);
                }
                if (p[3] == 0) {
                    journalAccounts.add("withdrawal:" + p[0]);
                }
            }
            if (!walletIds.isEmpty()) {
                Array array = connection.createArrayOf("bigint", walletIds.toArray());
                walletRows.setArray(1, array);
                try (ResultSet rows = walletRows.executeQuery()) {
                    long now = System.nanoTime();
                    while (rows.next()) {
                        pending.get(rows.getLong(1))[2] = now;
                    }
                }
            }
            if (!journalAccounts.isEmpty()) {
                journalRows.setArray(1, connection.createArrayOf("varchar", journalAccounts.toArray()));
                try (ResultSet rows = journalRows.executeQuery()) {
                    long now = System.nanoTime();
                    while (rows.next()) {
                        long[] p = pending.get(Long.parseLong(rows.getString(1).substring("withdrawal:".length())));
                        if (p != null && p[3] == 0) {
                            p[3] = now;
                        }
                    }
                }
            }
            pending.values().removeIf(p -> {
                if (p[2] == 0 || p[3] == 0) {
                    return false;
                }
                long walletLag = Math.max(0, p[2] - p[1]);
                long journalLag = Math.max(0, p[3] - p[1]);
                wallet.record(walletLag);
                journal.record(journalLag);
                readSide.record(Math.max(walletLag, journalLag));
                timeline.add(new long[]{p[1] - origin, Math.max(walletLag, journalLag)});
                return true;
            });
        }

        /** Stops once every sample is resolved, or after the grace period. */
        void finish(Duration grace) throws InterruptedException {
            deadline = System.nanoTime() + grace.toNanos();
            stopping = true;
            join(grace.toMillis() + 5_000);
        }

        long unresolved() {
            return pending.size() + incoming.size();
        }

        /** The read-side lags of the writes answered in quarter q (0..3) of the run. */
        Latencies quarter(int q) {
            long end = timeline.stream().mapToLong(t -> t[0]).max().orElse(0) + 1;
            Latencies quarter = new Latencies();
            for (long[] t : timeline) {
                if (t[0] * 4 / end == q) {
                    quarter.record(t[1]);
                }
            }
            return Latencies.merge(List.of(quarter));
        }
    }
}
