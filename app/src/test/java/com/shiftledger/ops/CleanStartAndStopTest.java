package com.shiftledger.ops;

import com.shiftledger.ShiftLedgerApplication;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as an operator runs it: its own JVM, started, given work, and stopped with SIGTERM while its
 * processors still handle that work. Neither on the embedded default (H2 in a file) nor on PostgreSQL does it log a
 * warning, an error or a stack trace, and H2 writes no trace file. A separate JVM, because H2's own shutdown hook and
 * SIGTERM exist only there.
 */
class CleanStartAndStopTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern WARNING_OR_ERROR = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\s.*");
    private static final Pattern STACK_TRACE = Pattern.compile("^(\\s+at |Caused by: |\\S+(Exception|Error): ).*");

    @TempDir
    Path workingDirectory;

    @Test
    void theEmbeddedDefaultStartsAndStopsWithoutAWarning() throws Exception {
        List<String> log = startWorkStop(Map.of());
        assertClean(log);
        assertThat(workingDirectory.resolve("data/shiftledger.mv.db")).exists();
        assertThat(workingDirectory.resolve("data/shiftledger.trace.db")).doesNotExist();
    }

    @Test
    void postgresStartsAndStopsWithoutAWarning() throws Exception {
        List<String> log = startWorkStop(Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "SPRING_DATASOURCE_URL", PostgresTestDatabase.createDatabase("stop"),
                "SPRING_DATASOURCE_USERNAME", PostgresTestDatabase.user(),
                "SPRING_DATASOURCE_PASSWORD", PostgresTestDatabase.password(),
                "SHIFTLEDGER_ADMIN_EMAIL", IntegrationTest.ADMIN_EMAIL,
                "SHIFTLEDGER_ADMIN_PASSWORD", IntegrationTest.ADMIN_PASSWORD,
                "SHIFTLEDGER_RAZORPAY_KEY_SECRET", IntegrationTest.KEY_SECRET));
        assertClean(log);
    }

    private static void assertClean(List<String> log) {
        assertThat(log).as("the log").anyMatch(line -> line.contains("Started ShiftLedgerApplication"));
        assertThat(log).as("the log").anyMatch(line -> line.contains("HikariPool-1 - Shutdown completed"));
        assertThat(log).as("warnings and errors in the log")
                .noneMatch(line -> WARNING_OR_ERROR.matcher(line).matches());
        assertThat(log).as("stack traces in the log").noneMatch(line -> STACK_TRACE.matcher(line).matches());
    }

    /** Starts the application in a JVM of its own, tops a wallet up and asks for a withdrawal, then sends SIGTERM. */
    private List<String> startWorkStop(Map<String, String> settings) throws Exception {
        int port = freePort();
        Path logFile = workingDirectory.resolve("shiftledger.log");
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", classPath(), ShiftLedgerApplication.class.getName())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("SHIFTLEDGER_")
                || name.startsWith("SERVER_") || name.startsWith("AXON"));
        environment.putAll(settings);
        environment.put("SERVER_PORT", Integer.toString(port));
        Process application = builder.start();
        try {
            Api api = new Api(port);
            awaitReady(api, application, logFile);
            moveMoney(api, settings.containsKey("SHIFTLEDGER_RAZORPAY_KEY_SECRET"));
            application.destroy(); // SIGTERM
            assertThat(application.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("stopped in time").isTrue();
            assertThat(application.exitValue()).as("exit status after SIGTERM").isEqualTo(143);
        } finally {
            application.destroyForcibly();
        }
        return Files.readAllLines(logFile);
    }

    private static void awaitReady(Api api, Process application, Path logFile) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(application.isAlive()).as("running; its log:\n%s", Files.readString(logFile)).isTrue();
            try {
                if (api.get("/actuator/health/readiness", null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // not accepting connections yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + START_TIMEOUT + "; its log:\n" + Files.readString(logFile));
    }

    /** Work for the processors that is still being handled when SIGTERM arrives. */
    private static void moveMoney(Api api, boolean ownKeySecret) {
        String email = "stop-" + System.nanoTime() + "@shiftledger.test";
        Api.Response registered = api.post("/api/v1/auth/register", null, Map.of(
                "name", "City Hospital", "email", email, "password", "Secret@123",
                "password_confirmation", "Secret@123", "phone", "+919876543210", "user_type", "hospital",
                "hospital_name", "City Hospital", "city", "Mumbai", "state", "Maharashtra", "pincode", "400001"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        String token = registered.text("data.token");
        Api.Response order = api.post("/api/v1/hospital/wallet/create-topup-order", token, Map.of("amount", 5000));
        assertThat(order.status()).as(order.body().toString()).isEqualTo(200);
        String orderId = order.text("data.order_id");
        String body;
        if (ownKeySecret) {
            String paymentId = "pay_stop" + System.nanoTime() % 1_000_000;
            body = Api.write(Map.of("razorpay_order_id", orderId, "razorpay_payment_id", paymentId,
                    "razorpay_signature", IntegrationTest.paymentSignature(orderId, paymentId), "amount", 5000));
        } else {
            Api.Response signed = api.post("/dev/checkout/" + orderId + "/pay", null, "");
            assertThat(signed.status()).as(signed.body().toString()).isEqualTo(200);
            body = signed.body().toString();
        }
        Api.Response verified = api.post("/api/v1/hospital/wallet/verify-topup-payment", token, body);
        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        Api.Response withdrawal = api.post("/api/v1/hospital/wallet/withdraw", token,
                Map.of("amount", 1000, "payment_method", "upi", "upi_id", "cityhospital@okaxis"));
        assertThat(withdrawal.status()).as(withdrawal.body().toString()).isEqualTo(200);
    }

    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
