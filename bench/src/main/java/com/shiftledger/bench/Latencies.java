package com.shiftledger.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latencies in nanoseconds, recorded by one thread, merged afterwards; percentiles by nearest rank. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int count() {
        return size;
    }

    static Latencies merge(List<Latencies> parts) {
        Latencies all = new Latencies();
        int total = parts.stream().mapToInt(Latencies::count).sum();
        all.values = new long[Math.max(total, 1)];
        for (Latencies part : parts) {
            System.arraycopy(part.values, 0, all.values, all.size, part.size);
            all.size += part.size;
        }
        Arrays.sort(all.values, 0, all.size);
        return all;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds of a merged (sorted) set; NaN when empty. */
    double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * size);
        return values[Math.min(Math.max(rank, 1), size) - 1] / 1e6;
    }

    double maxMillis() {
        return size == 0 ? Double.NaN : values[size - 1] / 1e6;
    }

    double meanMillis() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / size / 1e6;
    }

    /** p50, p90, p99, p99.9, max and mean in milliseconds, for the results. */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", size);
        summary.put("p50_ms", Report.round(percentileMillis(50)));
        summary.put("p90_ms", Report.round(percentileMillis(90)));
        summary.put("p99_ms", Report.round(percentileMillis(99)));
        summary.put("p999_ms", Report.round(percentileMillis(99.9)));
        summary.put("max_ms", Report.round(maxMillis()));
        summary.put("mean_ms", Report.round(meanMillis()));
        return summary;
    }
}
