package com.shiftledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ShiftLedger jar as built, started by the bench on its own database: postgres profile, the bench's port,
 * admin credentials and a local Razorpay key secret passed by environment. Its output goes to a log file.
 */
final class AppProcess {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

    private final Path jar;
    private final Path log;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Http http;
    private Process process;
    private volatile boolean stopping;

    AppProcess(Path jar, Path log, Map<String, String> environment, List<String> jvmOptions, Http http) {
        this.jar = jar;
        this.log = log;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
        this.http = http;
    }

    /** Starts the jar and waits until {@code /actuator/health} is UP; answers how long that took. */
    Duration start(Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        stopping = false;
        process = builder.start();
        long deadline = started + timeout.toNanos();
        while (!http.healthy()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue()
                        + " while starting; see " + log);
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("The application was not healthy within " + timeout + "; see " + log);
            }
            Thread.sleep(250);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Stops the jar gracefully (SIGTERM, so processors release their tokens), forcibly after a minute. */
    void stop() throws InterruptedException {
        stopping = true;
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /**
     * Fails when the application has exited although the bench did not stop it (143 is a SIGTERM from outside the
     * bench: something else on the machine ended it), so that no scenario waits for a dead process.
     */
    boolean diedUnexpectedly() {
        return process != null && !stopping && !process.isAlive();
    }

    void requireRunning() {
        if (process != null && !stopping && !process.isAlive()) {
            throw new IllegalStateException("The application exited with " + process.exitValue()
                    + " without the bench stopping it" + (process.exitValue() == 143
                    ? " (SIGTERM from another process on the machine)" : "") + "; see " + log);
        }
    }

    long pid() {
        return process.pid();
    }

    /**
     * The heap in use in MB, from {@code jcmd GC.heap_info}; when asked, the live set instead: the total of
     * {@code jcmd GC.class_histogram}, which counts the objects left by a full GC in the same safepoint. (A full GC by
     * {@code GC.run} followed by a second command counted what a busy application allocated in between as live: an
     * audit decoding 90,000 events a second showed 2.5 times its live heap.)
     */
    double heapUsedMb(boolean afterFullGc) {
        try {
            if (afterFullGc) {
                Matcher total = HISTOGRAM_TOTAL.matcher(jcmd("GC.class_histogram"));
                return total.find() ? Long.parseLong(total.group(1)) / (1024.0 * 1024.0) : Double.NaN;
            }
            Matcher matcher = USED.matcher(jcmd("GC.heap_info"));
            return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024.0 : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(Files.exists(jcmd) ? jcmd.toString() : "jcmd", String.valueOf(pid()), what)
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    /** The size of the log now: count lines from here with {@link #countInLogSince}. */
    long logPosition() {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** How many lines written to the log since {@code position} contain {@code text}. */
    long countInLogSince(long position, String text) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(log);
             java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                     java.nio.channels.Channels.newInputStream(channel.position(Math.min(position, channel.size()))),
                     StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            return -1;
        }
    }

    Path log() {
        return log;
    }
}
