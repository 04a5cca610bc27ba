package com.shiftledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Everything one run shares: options, the report, the database, the application, the API, the raw baselines, the
 * seeder and the wallets the bench uses with what it expects of each. Also the setup and the correctness checks
 * every scenario ends with.
 */
final class Run {

    final Options options;
    final Report report;
    final Database database;
    final AppProcess app;
    final ShiftLedgerApi api;
    final RawBaselines raw;
    final Seeder seeder;

    /** P1's and P3's distinct wallets. */
    final List<TrackedWallet> distinct = new ArrayList<>();
    /** P2's hot wallet. */
    TrackedWallet hot;
    /** P6's old wallet (seeded with a long history) and a new one to compare its debits with. */
    TrackedWallet old;
    TrackedWallet fresh;
    /** Wallets that grow the store when it is seeded, and that P5 reads. */
    final List<TrackedWallet> fillers = new ArrayList<>();

    /** P1's ShiftLedger throughput in the small store: P3's rate is half of it. */
    double p1Peak = Double.NaN;
    /** The figures of each stage, for P6's comparisons: stage → figure key → value. */
    final Map<String, Map<String, Double>> stageFigures = new LinkedHashMap<>();

    Run(Options options, Report report, Database database, AppProcess app, ShiftLedgerApi api) {
        this.options = options;
        this.report = report;
        this.database = database;
        this.app = app;
        this.api = api;
        this.raw = new RawBaselines(database, options.poolSize);
        this.seeder = new Seeder(database.monitor());
    }

    /** Registers the hospitals the scenarios need (their wallets open empty); funding comes before each phase. */
    void setup() throws Exception {
        boolean needsFillers = options.runs("P3") || options.runs("P4") || options.runs("P5") || options.runs("P6");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= options.wallets; i++) {
            names.add("Bench Distinct " + i);
        }
        names.add("Bench Hot");
        if (options.runs("P6") || options.runs("P4")) {
            names.add("Bench Old");
            names.add("Bench New");
        }
        if (needsFillers) {
            for (int i = 1; i <= options.fillerWallets; i++) {
                names.add("Bench Filler " + i);
            }
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ShiftLedgerApi.Hospital>> registered = new ArrayList<>();
            for (String name : names) {
                registered.add(pool.submit(() -> api.registerHospital(name)));
            }
            for (Future<ShiftLedgerApi.Hospital> future : registered) {
                ShiftLedgerApi.Hospital hospital = future.get();
                TrackedWallet wallet = new TrackedWallet(hospital);
                String name = hospital.name();
                if (name.startsWith("Bench Distinct")) {
                    distinct.add(wallet);
                } else if (name.equals("Bench Hot")) {
                    hot = wallet;
                } else if (name.equals("Bench Old")) {
                    old = wallet;
                } else if (name.equals("Bench New")) {
                    fresh = wallet;
                } else {
                    fillers.add(wallet);
                }
            }
        } finally {
            pool.shutdown();
        }
        api.admin();
        raw.createTables();
        System.out.printf("  registered %d hospitals in %.1f s%n", names.size(), (System.nanoTime() - started) / 1e9);
    }

    /** The most requests a phase of this length may send (each scenario is bounded in time and in requests). */
    long requestCap(Duration duration) {
        return Math.max(100, options.maxRequestsPerSecond * Math.max(1, duration.toSeconds()));
    }

    /** Tops the wallets up (signed top-ups of at most ₹10 lakh) until each can pay {@code requests} withdrawals. */
    void fund(Collection<TrackedWallet> wallets, long requests) throws Exception {
        long needed = requests * ShiftLedgerApi.WITHDRAWAL_PAISE;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (TrackedWallet wallet : wallets) {
                work.add(pool.submit(() -> {
                    while (wallet.balance.get() < needed) {
                        long missing = needed - wallet.balance.get();
                        long rupees = Math.min(ShiftLedgerApi.MAX_TOP_UP_RUPEES, Math.max(100, missing / 100 + 1));
                        api.topUp(wallet.hospital, rupees);
                        wallet.toppedUp(rupees * 100);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The checks after a scenario: the read side catches up, the ledger sums to 0, the audit over the event store is
     * clean, and every wallet shows exactly the balance, reserved amount and number of withdrawal requests that the
     * bench's accepted requests (and seeded events) add up to: no lost or doubled debit.
     */
    void checkLedger(String scenario, String stage, Collection<TrackedWallet> wallets, Duration catchUpTimeout)
            throws Exception {
        Duration caughtUp = database.awaitReadSide(catchUpTimeout);
        report.check(scenario, stage + ": read side caught up", caughtUp != null,
                caughtUp == null ? "not within " + catchUpTimeout + ", backlog " + database.readSideBacklog()
                        + " events" : String.format("in %.2f s", caughtUp.toMillis() / 1000.0));
        long sum = api.ledgerSum();
        report.check(scenario, stage + ": ledger sums to 0", sum == 0, "sum " + sum + " paise");
        long started = System.nanoTime();
        JsonNode verify = api.verify(options.auditTimeout).data();
        boolean ok = verify.path("ok").asBoolean(false);
        report.check(scenario, stage + ": audit verify clean", ok, String.format("%d events checked in %.1f s%s",
                verify.path("events_checked").asLong(), (System.nanoTime() - started) / 1e9,
                ok ? "" : ", violations: " + abbreviate(verify.path("violations").toString())));
        checkWallets(scenario, stage, wallets);
    }

    /** Each wallet's read-side balances and its withdrawal requests in the event store equal the bench's tally. */
    void checkWallets(String scenario, String stage, Collection<TrackedWallet> wallets) throws Exception {
        Map<String, Long> requests = withdrawalRequestsInStore(wallets);
        List<String> wrong = new ArrayList<>();
        for (TrackedWallet wallet : wallets) {
            long[] shown = api.walletBalances(wallet.hospital);
            long stored = requests.getOrDefault(wallet.hospital.aggregateId(), 0L);
            if (shown[0] != wallet.balance.get() || shown[1] != wallet.reserved.get()
                    || stored != wallet.withdrawals.get()) {
                wrong.add(wallet + ": shows balance " + shown[0] + " reserved " + shown[1] + ", store has " + stored
                        + " requests; expected " + wallet.balance.get() + ", " + wallet.reserved.get() + ", "
                        + wallet.withdrawals.get());
            }
            if (shown[0] < 0) {
                wrong.add(wallet + ": negative balance " + shown[0]);
            }
        }
        report.check(scenario, stage + ": every debit once (" + wallets.size() + " wallets)", wrong.isEmpty(),
                wrong.isEmpty() ? "balances, reserved and requests in the store match the accepted requests"
                        : abbreviate(String.join("; ", wrong)));
    }

    private Map<String, Long> withdrawalRequestsInStore(Collection<TrackedWallet> wallets) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = database.monitor().getConnection(); PreparedStatement statement =
                connection.prepareStatement("select aggregate_identifier, count(*) from domain_event_entry "
                        + "where aggregate_identifier = any(?) and payload_type = ? group by aggregate_identifier")) {
            statement.setArray(1, connection.createArrayOf("varchar",
                    wallets.stream().map(w -> w.hospital.aggregateId()).toArray()));
            statement.setString(2, "com.shiftledger.api.wallet.WithdrawalRequestedEvent");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    /** A phase's answers: any 5xx or transport error fails the run; 402 means a wallet ran dry (funding too low). */
    void checkAnswers(String scenario, String stage, String what, Load.Result result) {
        long serverErrors = result.serverErrors();
        report.check(scenario, stage + ": " + what + " no 5xx", serverErrors == 0,
                "answers other than 2xx: " + result.failures());
        long dry = result.failures().getOrDefault("402", 0L);
        if (dry > 0) {
            report.note(scenario + " " + stage + " " + what + ": " + dry + " requests answered 402 (a wallet ran dry)");
        }
    }

    private final Map<String, Integer> sampled = new HashMap<>();

    /** Keeps the first three bodies of each kind of non-2xx answer of a scenario, as notes of the report. */
    void sampleError(String scenario, Http.Response response) {
        if (response.ok()) {
            return;
        }
        String key = scenario + " " + response.status();
        synchronized (sampled) {
            int seen = sampled.merge(key, 1, Integer::sum);
            if (seen <= 3) {
                report.note(key + " answer: " + abbreviate(response.body().toString()));
            }
        }
    }

    /** A baseline that failed requests would not be the best the database can do: it must be clean. */
    void checkBaseline(String scenario, String stage, Load.Result raw) {
        report.check(scenario, stage + ": baseline requests all succeeded", raw.failureCount() == 0,
                raw.successes() + " succeeded; failures " + raw.failures());
    }

    void remember(String stage, String key, double value) {
        stageFigures.computeIfAbsent(stage, s -> new LinkedHashMap<>()).put(key, value);
    }

    Double remembered(String stage, String key) {
        return stageFigures.getOrDefault(stage, Map.of()).get(key);
    }

    static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    /** The 1-minute load average of the machine (other engineers build and test on it too). */
    static double loadAverage() {
        try {
            return Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** Details every figure carries: the store size and the machine's load average when measured. */
    Map<String, Object> context() throws SQLException {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("events_in_store", database.eventCount());
        context.put("load_average_1m", loadAverage());
        return context;
    }
}
