package com.shiftledger.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the same call from many threads at once: every thread waits at a starting line, then all go together. */
public final class Concurrently {

    private Concurrently() {
    }

    public static <T> List<T> concurrently(int count, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch startingLine = new CountDownLatch(count);
        try {
            List<Callable<T>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                calls.add(() -> {
                    startingLine.countDown();
                    startingLine.await();
                    return call.call();
                });
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
