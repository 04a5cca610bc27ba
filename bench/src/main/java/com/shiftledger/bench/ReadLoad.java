package com.shiftledger.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * P5: the read API at a fixed rate (open model, 16 workers, latency from the moment each request was due):
 * {@code GET /api/v1/hospital/wallet} and {@code GET /api/v1/hospital/transactions?per_page=50} of the filler
 * wallets (the ones whose history grows with the store), against a raw primary-key select of a wallet_view-shaped
 * row at the same rate.
 */
final class ReadLoad {

    private final Run run;

    ReadLoad(Run run) {
        this.run = run;
    }

    void measure(String stage) throws Exception {
        Options o = run.options;
        List<TrackedWallet> targets = run.fillers.isEmpty() ? run.distinct : run.fillers;
        run.database.awaitReadSide(o.catchUpTimeout);
        run.raw.copyWallets();
        long[] ids = targets.stream().mapToLong(TrackedWallet::walletId).toArray();
        run.raw.primaryKeySelect(ids, o.p5Rate, o.warmup, o.clients);
        Load.Result raw = run.raw.primaryKeySelect(ids, o.p5Rate, o.p5Duration, o.clients);
        double rawP99 = raw.latencies().percentileMillis(99);
        run.checkBaseline("P5", stage, raw);
        long transactions = run.database.queryLong("select count(*) from wallet_transaction "
                + "where wallet_id = any(cast(? as bigint[]))", "{" + java.util.Arrays.stream(ids)
                .mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(",")) + "}");
        for (String path : List.of("/api/v1/hospital/wallet", "/api/v1/hospital/transactions?per_page=50")) {
            Load.Request read = (client, n) -> run.api.http().getStatus(path,
                    targets.get(ThreadLocalRandom.current().nextInt(targets.size())).hospital.token());
            Load.openModel(o.p5Rate, o.warmup, o.clients, read);
            Map<String, Object> details = run.context();
            Cpu cpu = Cpu.start(run.app.pid());
            Load.Result result = Load.openModel(o.p5Rate, o.p5Duration, o.clients, read);
            details.put("cpu", cpu.stop());
            details.put("shiftledger", result.summary());
            details.put("baseline_primary_key_select", raw.summary());
            details.put("wallets_read", targets.size());
            details.put("their_transactions", transactions);
            details.put("load_average_1m_after", Run.loadAverage());
            String key = path.contains("transactions") ? "P5_transactions" : "P5_wallet";
            run.report.figure("P5", stage, String.format("p99 of GET %s at %.0f/s", path.substring(8), o.p5Rate),
                    result.latencies().percentileMillis(99), "ms", rawP99, "raw primary-key select p99",
                    Report.Goal.AT_MOST, 3.0, details);
            run.report.check("P5", stage + ": " + path.substring(8) + " all 2xx", result.failureCount() == 0,
                    "answers other than 2xx: " + result.failures());
            run.remember(stage, key, result.latencies().percentileMillis(99));
        }
    }
}
