package com.shiftledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * P4: {@code GET /admin/audit/verify} (conservation, no overdraft and replay over the whole store) and a wallet
 * statement ({@code /admin/audit/wallets/{id}/statement}, the old wallet's, the longest stream) over the large
 * store, as events per second against a raw sequential read of the same rows in plain JDBC that decodes every
 * payload with the storage mapper. Memory: a second pass of each with the application's live heap (the objects a
 * full GC leaves, {@code jcmd GC.class_histogram}) sampled every second, against the live heap before it.
 */
final class AuditScan {

    private final Run run;

    AuditScan(Run run) {
        this.run = run;
    }

    void measure(String stage) throws Exception {
        run.database.awaitReadSide(run.options.catchUpTimeout);
        run.raw.sequentialRead(null); // warms the cache for both sides
        RawBaselines.Read raw = run.raw.sequentialRead(null);
        long started = System.nanoTime();
        JsonNode verify = run.api.verify(run.options.auditTimeout).data();
        double seconds = (System.nanoTime() - started) / 1e9;
        long checked = verify.path("events_checked").asLong();
        Map<String, Object> details = run.context();
        details.put("verify_s", Report.round(seconds));
        details.put("events_checked", checked);
        details.put("baseline_s", Report.round(raw.seconds()));
        details.put("baseline_events", raw.events());
        details.put("baseline_payload_mb", Report.round(raw.bytes() / 1e6));
        run.report.figure("P4", stage, "audit verify, events/s", checked / seconds, "ev/s", raw.rate(),
                "raw sequential read + decode", Report.Goal.AT_LEAST, 0.20, details);
        run.report.check("P4", stage + ": verify clean over the whole store", verify.path("ok").asBoolean(false)
                        && checked >= raw.events(),
                checked + " events checked of " + raw.events() + " in the store; violations "
                        + Run.abbreviate(verify.path("violations").toString()));

        TrackedWallet longest = run.old != null ? run.old : run.distinct.get(0);
        String aggregate = longest.hospital.aggregateId();
        run.raw.sequentialRead(aggregate);
        RawBaselines.Read rawStream = run.raw.sequentialRead(aggregate);
        started = System.nanoTime();
        JsonNode statement = run.api.statement(longest.walletId(), run.options.auditTimeout).data();
        double statementSeconds = (System.nanoTime() - started) / 1e9;
        long closing = ShiftLedgerApi.paise(statement.path("closing_balance"));
        Map<String, Object> statementDetails = run.context();
        statementDetails.put("wallet_events", rawStream.events());
        statementDetails.put("statement_entries", statement.path("entries").size());
        statementDetails.put("statement_s", Report.round(statementSeconds));
        statementDetails.put("baseline_s", Report.round(rawStream.seconds()));
        run.report.figure("P4", stage, "statement of a " + rawStream.events() + "-event wallet, events/s",
                rawStream.events() / statementSeconds, "ev/s", rawStream.rate(), "raw read of its stream + decode",
                Report.Goal.AT_LEAST, 0.20, statementDetails);
        run.report.check("P4", stage + ": statement closes at the wallet's balance", closing == longest.balance.get(),
                "closing " + closing + " paise, expected " + longest.balance.get());

        memory(stage, "audit verify", () -> run.api.verify(run.options.auditTimeout));
        memory(stage, "statement", () -> run.api.statement(longest.walletId(), run.options.auditTimeout));
    }

    /** The live heap while the call runs, sampled every second after a full GC, against the live heap before. */
    private void memory(String stage, String what, Call call) throws Exception {
        double before = run.app.heapUsedMb(true);
        if (Double.isNaN(before)) {
            run.report.note("P4: jcmd could not read the application's heap; memory not measured");
            return;
        }
        List<Double> samples = new ArrayList<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                double used = run.app.heapUsedMb(true);
                if (!Double.isNaN(used)) {
                    synchronized (samples) {
                        samples.add(used);
                    }
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.start();
        try {
            call.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        double after = run.app.heapUsedMb(true);
        double peak;
        synchronized (samples) {
            peak = samples.stream().mapToDouble(Double::doubleValue).max().orElse(after);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("live_heap_before_mb", Report.round(before));
        details.put("live_heap_peak_mb", Report.round(peak));
        details.put("live_heap_after_mb", Report.round(after));
        details.put("samples", samples.size());
        run.report.figure("P4", stage, "live heap peak, " + what, peak, "MB",
                before, "live heap before (flat: ≤ 1.25 ×)", Report.Goal.AT_MOST, 1.25, details);
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }
}
