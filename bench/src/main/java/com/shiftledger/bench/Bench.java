package com.shiftledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ShiftLedger's benchmark (issue 9). Creates a fresh PostgreSQL database, starts the jar on it, and in the same
 * run measures the raw baselines in plain JDBC and ShiftLedger over HTTP, scenario by scenario, checking after each
 * that no money was lost, doubled or created. Prints the table and writes it as JSON under bench/results/.
 *
 * <p>Stages: the small store (as the setup leaves it): P1, P2, and P5 for P6; the medium store (P6): P1, P2, P5;
 * then P3; the large store (P4, P5, P6): P4, P5, P1, P2 and the old wallet's debits.
 */
public final class Bench {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        if (!Files.exists(options.jar)) {
            System.err.println("No application jar at " + options.jar + " (build it: ./mvnw -DskipTests package)");
            System.exit(1);
        }
        Instant startedAt = Instant.now();
        String stamp = STAMP.format(startedAt);
        Report report = new Report();
        report.meta.put("started_at", startedAt.toString());
        report.meta.put("machine", Machine.describe());
        report.meta.put("git", Machine.git());
        report.meta.put("options", options.describe());
        report.meta.put("application_jar", Machine.jar(options.jar));

        Database database = new Database(options.pgHost, options.pgPort, options.pgUser, options.pgPassword,
                "bench_" + stamp.replace('-', '_'));
        String keySecret = "bench-local-" + random();
        String adminPassword = "Bench-" + random() + "!A1";
        Http http = new Http(options.port, Duration.ofSeconds(60));
        Files.createDirectories(options.logDirectory);
        Path log = options.logDirectory.resolve(stamp + "-app.log");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("SPRING_DATASOURCE_URL", database.url());
        environment.put("SPRING_DATASOURCE_USERNAME", options.pgUser);
        environment.put("SPRING_DATASOURCE_PASSWORD", options.pgPassword);
        environment.put("SHIFTLEDGER_ADMIN_EMAIL", "admin@bench.shiftledger.test");
        environment.put("SHIFTLEDGER_ADMIN_PASSWORD", adminPassword);
        environment.put("SHIFTLEDGER_RAZORPAY_KEY_SECRET", keySecret);
        environment.put("SERVER_PORT", String.valueOf(options.port));
        // one hospital drives the hot wallet on purpose: the per-caller abuse limit would answer 429 long before
        environment.put("SHIFTLEDGER_LIMITS_MONEY_REQUESTS_PER_MINUTE", "100000");
        AppProcess app = new AppProcess(options.jar, log, environment, options.appJvmOptions, http);
        ShiftLedgerApi api = new ShiftLedgerApi(http, keySecret, "admin@bench.shiftledger.test", adminPassword);

        System.out.printf("ShiftLedger bench (%s): database %s, application on port %d, log %s%n",
                options.quick ? "quick" : "full", database.name(), options.port, log);
        boolean completed = false;
        java.util.concurrent.atomic.AtomicBoolean cleaned = new java.util.concurrent.atomic.AtomicBoolean();
        Thread cleanUp = new Thread(() -> {
            // Ctrl-C or a SIGTERM to the bench: stop the application and drop the database all the same
            if (cleaned.compareAndSet(false, true)) {
                try {
                    app.stop();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                if (!options.keepDatabase) {
                    try {
                        database.drop();
                    } catch (Exception ignored) {
                        // reported by the normal path when it gets there
                    }
                }
            }
        }, "bench-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        database.guard(app::requireRunning);
        Load.abortWhen(app::diedUnexpectedly);
        try {
            database.create();
            Duration startup = app.start(Duration.ofMinutes(5));
            System.out.printf("  application healthy after %.1f s (pid %d)%n", startup.toMillis() / 1000.0, app.pid());
            report.meta.put("postgres", Machine.postgres(database));
            Run run = new Run(options, report, database, app, api);
            run.setup();
            scenarios(run);
            completed = true;
        } catch (Exception e) {
            e.printStackTrace();
            report.check("run", "completed", false, e.toString());
        } finally {
            cleaned.set(true);
            try {
                app.stop();
            } catch (Exception e) {
                report.note("stopping the application: " + e);
            }
            database.close();
            if (!options.keepDatabase) {
                try {
                    database.drop();
                } catch (Exception e) {
                    report.note("dropping " + database.name() + ": " + e);
                }
            } else {
                report.note("database kept: " + database.name());
            }
        }
        report.meta.put("finished_at", Instant.now().toString());
        report.meta.put("completed", completed);
        report.meta.put("load_average_1m_at_end", Run.loadAverage());
        report.write(options.resultsDirectory, stamp);
        System.out.println();
        System.out.println(report.table());
        System.out.println("results: " + options.resultsDirectory.resolve(stamp + ".json") + " and latest.json");
        if (!report.checksPassed()) {
            System.out.println("FAILED: a correctness check failed");
            System.exit(1);
        }
        if (options.enforceTargets && !report.targetsMet()) {
            System.out.println("FAILED: a target was missed (--enforce-targets)");
            System.exit(2);
        }
        System.out.println(report.targetsMet() ? "all checks passed, all targets met"
                : "all checks passed; targets missed are marked MISS (reported, not enforced)");
    }

    private static void scenarios(Run run) throws Exception {
        Options o = run.options;
        WriteLoad writes = new WriteLoad(run);
        ReadLoad reads = new ReadLoad(run);
        Growth growth = new Growth(run);
        boolean p6 = o.runs("P6");
        String small = "small store";
        if (o.runs("P1") || o.runs("P2") || o.runs("P3") || p6) {
            stage(run, small);
        }
        if (o.runs("P1") || o.runs("P3") || p6) {
            run.p1Peak = writes.distinctWallets(small);
        }
        if (o.runs("P2") || p6) {
            writes.hotWallet(small);
        }
        if (p6) {
            reads.measure(small);
            String medium = "store of " + count(o.mediumStore);
            stage(run, medium);
            growth.growTo(medium, o.mediumStore, false);
            writes.distinctWallets(medium);
            writes.hotWallet(medium);
            reads.measure(medium);
            growth.compare(medium, small);
        }
        if (o.runs("P3")) {
            stage(run, "P3");
            new ProjectionLag(run).measure("store of " + count(run.database.eventCount()));
        }
        if (o.runs("P4") || o.runs("P5") || p6) {
            String large = "store of " + count(o.largeStore);
            stage(run, large);
            growth.growTo(large, o.largeStore, true);
            if (o.runs("P4")) {
                new AuditScan(run).measure(large);
            }
            reads.measure(large);
            if (p6) {
                writes.distinctWallets(large);
                writes.hotWallet(large);
                growth.compare(large, small);
                growth.oldWalletDebits(large);
            }
        }
    }

    private static void stage(Run run, String name) throws Exception {
        System.out.printf("%n== %s (store holds %d events, load average %.2f)%n", name, run.database.eventCount(),
                Run.loadAverage());
    }

    static String count(long events) {
        if (events >= 1_000_000 && events % 1_000_000 == 0) {
            return events / 1_000_000 + "M events";
        }
        if (events >= 1_000 && events % 1_000 == 0) {
            return events / 1_000 + "k events";
        }
        return events + " events";
    }

    private static String random() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
