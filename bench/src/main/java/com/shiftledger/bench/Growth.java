package com.shiftledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Growing the store and P6. The store is grown by writing real wallet events straight into the event store while
 * the application is stopped (see {@link Seeder}): the filler wallets share the events, and in the large store one
 * old wallet gets a long history of its own. The application is then started and its processors project the new
 * events; the scenarios run once the read side has caught up and the audit is clean. P6 compares P1, P2 and P5 in
 * the grown stores with the small store's, and the old wallet's debits with a new wallet's.
 */
final class Growth {

    private final Run run;

    Growth(Run run) {
        this.run = run;
    }

    /** How the processors worked a backlog off after a start. */
    record CatchUp(Double startupSeconds, Double firstProgressSeconds, Double doneSeconds,
                   Map<String, Double> processorsDoneSeconds) {

        /** Events per second from the first progress to the head (or from the launch when progress was immediate). */
        double rate(long events) {
            if (doneSeconds == null) {
                return Double.NaN;
            }
            double from = firstProgressSeconds == null ? 0 : firstProgressSeconds;
            double seconds = Math.max(doneSeconds - from, 0.05);
            return events / seconds;
        }
    }

    /**
     * Starts the (stopped) application and times its processors from the launch: when any of them first moves,
     * and when all have reached the head of the store.
     */
    static CatchUp restartAndTime(Run run, Duration timeout) throws Exception {
        Map<String, Long> before = run.database.processorPositions();
        long head = run.database.head();
        long launched = System.nanoTime();
        Double[] marks = new Double[2];
        Map<String, Double> processorsDone = new java.util.concurrent.ConcurrentSkipListMap<>();
        Thread sampler = new Thread(() -> {
            try {
                while (System.nanoTime() - launched < timeout.toNanos() && !Thread.currentThread().isInterrupted()) {
                    if (marks[1] == null && System.nanoTime() - launched > 10_000_000_000L && !run.app.alive()) {
                        return;
                    }
                    Map<String, Long> now = run.database.processorPositions();
                    double at = (System.nanoTime() - launched) / 1e9;
                    if (marks[0] == null && !now.equals(before)) {
                        marks[0] = at;
                    }
                    now.forEach((processor, position) -> {
                        if (position >= head) {
                            processorsDone.putIfAbsent(processor, Math.round(at * 10) / 10.0);
                        }
                    });
                    if (!now.isEmpty() && now.values().stream().allMatch(p -> p >= head)) {
                        marks[1] = at;
                        return;
                    }
                    Thread.sleep(100);
                }
            } catch (Exception e) {
                run.report.note("catch-up sampler stopped: " + e);
            }
        }, "catch-up-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Duration startup;
        try {
            startup = run.app.start(Duration.ofMinutes(5));
        } catch (Exception e) {
            sampler.interrupt();
            throw e;
        }
        sampler.join(timeout.toMillis());
        run.app.requireRunning();
        return new CatchUp(startup.toMillis() / 1000.0, marks[0], marks[1], new java.util.TreeMap<>(processorsDone));
    }

    /**
     * Grows the store to {@code target} events (nothing to do when it already holds that many); in the large store
     * the old wallet gets its history first. Checks the ledger once the read side has caught up.
     */
    void growTo(String stage, long target, boolean withOldWallet) throws Exception {
        long current = run.database.eventCount();
        long oldEvents = withOldWallet && run.old != null ? Math.min(run.options.oldWalletEvents,
                Math.max(0, target - current)) : 0;
        long fillerEvents = Math.max(0, target - current - oldEvents);
        if (oldEvents + fillerEvents == 0) {
            run.report.note(stage + ": the store already holds " + current + " events (≥ " + target
                    + "), nothing seeded");
            return;
        }
        List<TrackedWallet> wallets = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        if (oldEvents > 0) {
            wallets.add(run.old);
            counts.add(oldEvents);
        }
        List<TrackedWallet> fillers = run.fillers.isEmpty() ? run.distinct : run.fillers;
        for (int i = 0; i < fillers.size(); i++) {
            wallets.add(fillers.get(i));
            counts.add(fillerEvents / fillers.size() + (i < fillerEvents % fillers.size() ? 1 : 0));
        }
        run.app.stop();
        long started = System.nanoTime();
        List<Seeder.StreamResult> seeded = run.seeder.seed(wallets.stream().mapToLong(TrackedWallet::walletId).toArray(),
                counts.stream().mapToLong(Long::longValue).toArray(), Seeder.Pattern.MIXED);
        double seedSeconds = (System.nanoTime() - started) / 1e9;
        long written = 0;
        for (int i = 0; i < wallets.size(); i++) {
            wallets.get(i).seeded(seeded.get(i));
            written += seeded.get(i).events();
        }
        CatchUp catchUp = restartAndTime(run, run.options.catchUpTimeout);
        Map<String, Object> details = run.context();
        details.put("seeded_events", written);
        details.put("seeding_s", Report.round(seedSeconds));
        details.put("old_wallet_events", oldEvents);
        details.put("startup_s", catchUp.startupSeconds());
        details.put("caught_up_after_launch_s", catchUp.doneSeconds());
        details.put("processors_at_head_after_launch_s", catchUp.processorsDoneSeconds());
        details.put("seeding_rate_per_s", Report.round(written / Math.max(seedSeconds, 0.001)));
        run.report.figure("P6", stage, "read side projecting the seeded events", catchUp.rate(written), "ev/s",
                Double.NaN, "", Report.Goal.INFO, Double.NaN, details);
        run.report.check("P6", stage + ": seeded events projected", catchUp.doneSeconds() != null,
                written + " events seeded in " + String.format("%.1f s", seedSeconds)
                        + (catchUp.doneSeconds() == null ? ", read side not caught up within " + run.options.catchUpTimeout
                        : String.format(", projected %.1f s after launch", catchUp.doneSeconds())));
        if (catchUp.doneSeconds() == null) {
            throw new IllegalStateException(stage + ": the read side did not project the seeded events within "
                    + run.options.catchUpTimeout + " (--catchup-timeout); backlog " + run.database.readSideBacklog());
        }
        run.checkLedger("P6", stage + " seeded", wallets, Duration.ofMinutes(10));
    }

    /** P6's comparisons of a grown stage with the small store. */
    void compare(String stage, String small) {
        compareWrite(stage, small, "P1", "P1 writes");
        compareWrite(stage, small, "P2", "P2 writes");
        for (String endpoint : List.of("P5_wallet", "P5_transactions")) {
            Double base = run.remembered(small, endpoint);
            Double now = run.remembered(stage, endpoint);
            if (base != null && now != null) {
                run.report.figure("P6", stage, endpoint.replace("_", " ") + " read p99 vs the small store", now, "ms",
                        base, "the small store's p99", Report.Goal.AT_MOST, 1.2, new LinkedHashMap<>());
            }
        }
    }

    private void compareWrite(String stage, String small, String key, String name) {
        Double base = run.remembered(small, key);
        Double now = run.remembered(stage, key);
        if (base != null && now != null) {
            run.report.figure("P6", stage, name + " vs the small store", now, "req/s", base,
                    "the small store's throughput", Report.Goal.AT_LEAST, 0.9, new LinkedHashMap<>());
        }
    }

    /** The old wallet's debit p99 against a new wallet's: one client, sequential ₹100 withdrawal requests. */
    void oldWalletDebits(String stage) throws Exception {
        int samples = run.options.debitSamples;
        run.fund(List.of(run.old, run.fresh), samples + 1);
        long oldEvents = run.database.queryLong("select count(*) from domain_event_entry where aggregate_identifier = ?",
                run.old.hospital.aggregateId());
        Load.Result old = debits(run.old, samples);
        Load.Result fresh = debits(run.fresh, samples);
        Map<String, Object> details = run.context();
        details.put("old_wallet_events", oldEvents);
        details.put("old_wallet", old.summary());
        details.put("new_wallet", fresh.summary());
        run.report.figure("P6", stage, "old wallet's debit p99 (" + oldEvents + " events) vs a new wallet's",
                old.latencies().percentileMillis(99), "ms", fresh.latencies().percentileMillis(99),
                "a new wallet's debit p99", Report.Goal.AT_MOST, 1.5, details);
        run.checkAnswers("P6", stage, "old wallet debits", old);
        run.checkAnswers("P6", stage, "new wallet debits", fresh);
        run.checkLedger("P6", stage + " debits", List.of(run.old, run.fresh), Duration.ofMinutes(10));
    }

    private Load.Result debits(TrackedWallet wallet, int samples) {
        return Load.closedLoop(1, Duration.ofMinutes(10), samples, (client, n) -> {
            Http.Response response = run.api.withdraw(wallet.hospital);
            if (response.status() == 200) {
                wallet.withdrew();
            }
            run.sampleError("P6", response);
            return response.status();
        });
    }
}
