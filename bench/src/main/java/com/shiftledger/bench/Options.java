package com.shiftledger.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The bench's options: the full run's defaults, or the quick mode's, each overridable on the command line. */
final class Options {

    static final Set<String> ALL = new LinkedHashSet<>(List.of("P1", "P2", "P3", "P4", "P5", "P6"));

    boolean quick;
    Set<String> scenarios = new LinkedHashSet<>(ALL);
    Path jar = Path.of("app/target/shiftledger.jar");
    Path resultsDirectory = Path.of("bench/results");
    Path logDirectory = Path.of("bench/target/logs");
    int port = 18080;
    String pgHost = "127.0.0.1";
    int pgPort = 5432;
    String pgUser = "postgres";
    String pgPassword = "";
    boolean keepDatabase;
    boolean enforceTargets;
    List<String> appJvmOptions = new ArrayList<>();

    int clients = 16;
    /** The application's pool (spring.datasource.hikari.maximum-pool-size of the postgres profile). */
    int poolSize = 20;
    int wallets = 64;
    int fillerWallets = 100;
    /**
     * Each write phase's warm-up. The application's JIT is still compiling long after 10 s of load: its CPU per
     * withdrawal fell from 21 to 9 ms over its first 8,000 requests (measured in chunks of 1,600 on 16 wallets).
     */
    Duration warmup = Duration.ofSeconds(60);
    Duration p1Duration = Duration.ofSeconds(60);
    Duration p2Duration = Duration.ofSeconds(60);
    Duration p3Duration = Duration.ofMinutes(10);
    Duration p5Duration = Duration.ofSeconds(60);
    double p3Rate = Double.NaN;
    int p3Workers = 64;
    double p3BacklogSeconds = 60;
    double p5Rate = 100;
    long maxRequestsPerSecond = 5_000;
    long mediumStore = 10_000;
    long largeStore = 1_000_000;
    long oldWalletEvents = 100_000;
    int debitSamples = 500;
    Duration catchUpTimeout = Duration.ofMinutes(240);
    Duration auditTimeout = Duration.ofMinutes(60);

    static Options parse(String[] args) {
        Options options = new Options();
        List<String> list = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                list.add(arg.substring(0, arg.indexOf('=')));
                list.add(arg.substring(arg.indexOf('=') + 1));
            } else {
                list.add(arg);
            }
        }
        if (list.contains("--quick")) {
            options.quickDefaults();
        }
        for (int i = 0; i < list.size(); i++) {
            String name = list.get(i);
            switch (name) {
                case "--quick" -> { }
                case "--help", "-h" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                case "--enforce-targets" -> options.enforceTargets = true;
                case "--keep-db" -> options.keepDatabase = true;
                default -> {
                    if (i + 1 >= list.size()) {
                        throw new IllegalArgumentException("Missing value for " + name + "\n" + usage());
                    }
                    options.set(name, list.get(++i));
                }
            }
        }
        return options;
    }

    private void quickDefaults() {
        quick = true;
        fillerWallets = 16;
        warmup = Duration.ofSeconds(3);
        p1Duration = Duration.ofSeconds(10);
        p2Duration = Duration.ofSeconds(10);
        p3Duration = Duration.ofSeconds(30);
        p5Duration = Duration.ofSeconds(10);
        p3BacklogSeconds = 20;
        p5Rate = 50;
        mediumStore = 5_000;
        largeStore = 20_000;
        oldWalletEvents = 5_000;
        debitSamples = 100;
        catchUpTimeout = Duration.ofMinutes(10);
        auditTimeout = Duration.ofMinutes(10);
    }

    private void set(String name, String value) {
        switch (name) {
            case "--scenarios" -> {
                scenarios = new LinkedHashSet<>();
                for (String s : value.toUpperCase(Locale.ROOT).split(",")) {
                    if (!ALL.contains(s.strip())) {
                        throw new IllegalArgumentException("Unknown scenario " + s + "; known: " + ALL);
                    }
                    scenarios.add(s.strip());
                }
            }
            case "--duration" -> {
                p1Duration = duration(value);
                p2Duration = p1Duration;
                p5Duration = p1Duration;
            }
            case "--warmup" -> warmup = duration(value);
            case "--p1-duration" -> p1Duration = duration(value);
            case "--p2-duration" -> p2Duration = duration(value);
            case "--p3-duration" -> p3Duration = duration(value);
            case "--p5-duration" -> p5Duration = duration(value);
            case "--p3-rate" -> p3Rate = Double.parseDouble(value);
            case "--p3-backlog-seconds" -> p3BacklogSeconds = Double.parseDouble(value);
            case "--p5-rate" -> p5Rate = Double.parseDouble(value);
            case "--clients" -> clients = Integer.parseInt(value);
            case "--pool-size" -> poolSize = Integer.parseInt(value);
            case "--wallets" -> wallets = Integer.parseInt(value);
            case "--filler-wallets" -> fillerWallets = Integer.parseInt(value);
            case "--max-requests-per-second" -> maxRequestsPerSecond = Long.parseLong(value);
            case "--medium-store" -> mediumStore = count(value);
            case "--large-store" -> largeStore = count(value);
            case "--old-wallet-events" -> oldWalletEvents = count(value);
            case "--debit-samples" -> debitSamples = Integer.parseInt(value);
            case "--catchup-timeout" -> catchUpTimeout = duration(value);
            case "--audit-timeout" -> auditTimeout = duration(value);
            case "--port" -> port = Integer.parseInt(value);
            case "--jar" -> jar = Path.of(value);
            case "--results-dir" -> resultsDirectory = Path.of(value);
            case "--pg-host" -> pgHost = value;
            case "--pg-port" -> pgPort = Integer.parseInt(value);
            case "--pg-user" -> pgUser = value;
            case "--pg-password" -> pgPassword = value;
            case "--app-jvm-opts" -> appJvmOptions = Arrays.stream(value.trim().split("\\s+"))
                    .filter(s -> !s.isEmpty()).toList();
            default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + usage());
        }
    }

    /** 90, 90s, 10m, 1h, PT90S. */
    static Duration duration(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("pt")) {
            return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
        }
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("h")) {
            return Duration.ofMinutes(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 60));
        }
        if (v.endsWith("m")) {
            return Duration.ofSeconds(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 60));
        }
        if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
    }

    /** 10000, 10k, 1m (a million). */
    static long count(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(",", "");
        if (v.endsWith("k")) {
            return Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1_000);
        }
        if (v.endsWith("m")) {
            return Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1_000_000);
        }
        return Long.parseLong(v);
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    /** Everything that shapes the figures, for the results (no secrets). */
    Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mode", quick ? "quick" : "full");
        d.put("scenarios", scenarios);
        d.put("clients", clients);
        d.put("pool_size", poolSize);
        d.put("wallets", wallets);
        d.put("filler_wallets", fillerWallets);
        d.put("warmup_s", warmup.toMillis() / 1000.0);
        d.put("p1_duration_s", p1Duration.toMillis() / 1000.0);
        d.put("p2_duration_s", p2Duration.toMillis() / 1000.0);
        d.put("p3_duration_s", p3Duration.toMillis() / 1000.0);
        d.put("p3_rate", Double.isNaN(p3Rate) ? "half of P1's peak" : p3Rate);
        d.put("p3_workers", p3Workers);
        d.put("p5_duration_s", p5Duration.toMillis() / 1000.0);
        d.put("p5_rate_per_s", p5Rate);
        d.put("max_requests_per_second_of_a_phase", maxRequestsPerSecond);
        d.put("medium_store_events", mediumStore);
        d.put("large_store_events", largeStore);
        d.put("old_wallet_events", oldWalletEvents);
        d.put("debit_samples", debitSamples);
        d.put("app_jvm_options", appJvmOptions);
        return d;
    }

    static String usage() {
        return """
                usage: bench/run [--quick] [--scenarios P1,P2,...] [options]
                  --quick                 short phases and small stores (development, smoke check)
                  --scenarios LIST        any of P1,P2,P3,P4,P5,P6 (default: all)
                  --duration D            P1, P2 and P5 phase length (full 60s, quick 10s); also
                                          --p1-duration, --p2-duration, --p3-duration (full 10m, quick 30s),
                                          --p5-duration, --warmup (full 60s, quick 3s)
                  --p3-rate R             P3's open-model rate (default: half of P1's peak in this run)
                  --p5-rate R             P5's fixed read rate per endpoint (full 100/s, quick 50/s)
                  --medium-store N        P6's medium store (full 10k, quick 5k events)
                  --large-store N         P4/P5/P6's large store (full 1m, quick 20k events)
                  --old-wallet-events N   P6's old wallet (full 100k, quick 5k events)
                  --clients N             closed-loop clients (16); --pool-size N baseline pool (20); --wallets N (64)
                  --catchup-timeout D     longest wait for the read side after seeding (full 240m, quick 10m)
                  --enforce-targets       exit 2 when a ratio misses its target (default: only reported)
                  --keep-db               do not drop the bench database at the end
                  --port N                the application's port (18080)
                  --app-jvm-opts "..."    JVM options for the application (default: none, the JVM's own)
                  --jar PATH              the application jar (app/target/shiftledger.jar)
                  --pg-host/--pg-port/--pg-user/--pg-password   PostgreSQL (127.0.0.1:5432, postgres, trust)
                Exit status: 0 ok, 1 a correctness check failed or the run broke, 2 a target missed with --enforce-targets.
                """;
    }
}
