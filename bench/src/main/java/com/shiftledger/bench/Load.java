package com.shiftledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The two load drivers. Closed loop: N clients, each sends its next request when the previous one answered.
 * Open model: requests are due at a fixed rate whatever the answers do, and each latency is counted from the
 * moment its request was due (so a stalled server shows up as latency, not as a lower rate).
 */
final class Load {

    /** One request. Answers an HTTP-like status (2xx is a success); an exception counts as a transport error. */
    @FunctionalInterface
    interface Request {
        int send(int client, long sequence) throws Exception;
    }

    /** What a run did: successes, every other outcome by class, latencies of the successes. */
    record Result(long successes, Map<String, Long> failures, double seconds, Latencies latencies,
                  long lateStarts) {

        double throughput() {
            return seconds <= 0 ? 0 : successes / seconds;
        }

        long failureCount() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        /** 5xx answers and requests that failed without an answer (a transport error or any exception). */
        long serverErrors() {
            return failures.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("5") || e.getKey().startsWith("error:"))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("successes", successes);
            summary.put("seconds", Report.round(seconds));
            summary.put("throughput_per_s", Report.round(throughput()));
            summary.put("failures", failures);
            summary.put("latency_of_successes", latencies.summary());
            if (lateStarts > 0) {
                summary.put("requests_started_over_100ms_late", lateStarts);
            }
            return summary;
        }
    }

    /** When it answers true (the application is gone), every run stops sending at once. */
    private static volatile java.util.function.BooleanSupplier abort = () -> false;

    private Load() {
    }

    static void abortWhen(java.util.function.BooleanSupplier condition) {
        abort = condition;
    }

    /** Closed loop: {@code clients} threads, until {@code duration} has passed or {@code maxRequests} were sent. */
    static Result closedLoop(int clients, Duration duration, long maxRequests, Request request) {
        AtomicLong issued = new AtomicLong();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        LongAdder successes = new LongAdder();
        List<Latencies> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            Latencies latencies = new Latencies();
            perClient.add(latencies);
            int client = c;
            Thread thread = new Thread(() -> {
                long sequence = 0;
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests
                        && !abort.getAsBoolean()) {
                    long sent = System.nanoTime();
                    String outcome = call(request, client, sequence++);
                    if (outcome == null) {
                        latencies.record(System.nanoTime() - sent);
                        successes.increment();
                    } else {
                        failures.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                    }
                }
            }, "closed-loop-" + c);
            threads.add(thread);
            thread.start();
        }
        joinAll(threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(successes.sum(), counts(failures), seconds, Latencies.merge(perClient), 0);
    }

    /**
     * Open model: one request due every 1/rate seconds for {@code duration}, run by up to {@code workers}
     * threads; latency counts from the moment a request was due.
     */
    static Result openModel(double rate, Duration duration, int workers, Request request) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        LongAdder successes = new LongAdder();
        LongAdder late = new LongAdder();
        ThreadLocal<Latencies> mine = new ThreadLocal<>();
        List<Latencies> all = java.util.Collections.synchronizedList(new ArrayList<>());
        long total = Math.max(1, (long) Math.floor(rate * duration.toNanos() / 1e9));
        double intervalNanos = 1e9 / rate;
        long start = System.nanoTime() + 1_000_000;
        for (long i = 0; i < total && !abort.getAsBoolean(); i++) {
            long due = start + (long) (i * intervalNanos);
            sleepUntil(due);
            long sequence = i;
            pool.execute(() -> {
                Latencies latencies = mine.get();
                if (latencies == null) {
                    latencies = new Latencies();
                    mine.set(latencies);
                    all.add(latencies);
                }
                if (System.nanoTime() - due > 100_000_000L) {
                    late.increment();
                }
                String outcome = call(request, (int) (sequence % workers), sequence);
                if (outcome == null) {
                    latencies.record(System.nanoTime() - due);
                    successes.increment();
                } else {
                    failures.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(successes.sum(), counts(failures), seconds, Latencies.merge(new ArrayList<>(all)),
                late.sum());
    }

    /** Null for a success, else the class of the outcome: the status code, or {@code error:} and the exception. */
    private static String call(Request request, int client, long sequence) {
        try {
            int status = request.send(client, sequence);
            return status >= 200 && status < 300 ? null : String.valueOf(status);
        } catch (Exception e) {
            return "error:" + e.getClass().getSimpleName();
        }
    }

    static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void sleep(Duration duration) {
        sleepUntil(System.nanoTime() + duration.toNanos());
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, Long> counts(Map<String, LongAdder> adders) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        adders.forEach((k, v) -> counts.put(k, v.sum()));
        return counts;
    }
}
