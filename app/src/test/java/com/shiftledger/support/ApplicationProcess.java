package com.shiftledger.support;

import com.shiftledger.ShiftLedgerApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The application in a JVM of its own, on the given settings, as an operator runs it; can be killed outright. */
public final class ApplicationProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final Process process;
    private final Path log;
    private final int port;

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts it in {@code directory} with these environment settings and waits until it is ready. */
    public static ApplicationProcess start(Path directory, String name, Map<String, String> settings)
            throws Exception {
        int port = freePort();
        Path log = directory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                ShiftLedgerApplication.class.getName())
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("SHIFTLEDGER_")
                || key.startsWith("SERVER_") || key.startsWith("AXON"));
        environment.putAll(settings);
        environment.put("SERVER_PORT", Integer.toString(port));
        ApplicationProcess application = new ApplicationProcess(builder.start(), log, port);
        application.awaitReady();
        return application;
    }

    public Api api() {
        return new Api(port);
    }

    /** SIGKILL: no shutdown hook, no graceful stop, whatever is in flight is cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor()).as("exit status after SIGKILL").isEqualTo(137);
    }

    public void stop() {
        process.destroyForcibly();
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Api api = api();
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("running; its log:\n%s", Files.readString(log)).isTrue();
            try {
                if (api.get("/actuator/health/readiness", null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // not accepting connections yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + START_TIMEOUT + "; its log:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
