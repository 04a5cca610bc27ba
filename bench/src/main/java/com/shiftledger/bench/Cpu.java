package com.shiftledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the machine's CPU went during a phase, from /proc (Linux): the whole machine, the application, the bench
 * itself, and the rest (PostgreSQL and whatever else runs on the machine, other engineers' builds included).
 */
final class Cpu {

    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long appPid;
    private final long started = System.nanoTime();
    private final long[] machine = machine();
    private final long app;
    private final long bench = process(ProcessHandle.current().pid());

    private Cpu(long appPid) {
        this.appPid = appPid;
        this.app = process(appPid);
    }

    static Cpu start(long appPid) {
        return new Cpu(appPid);
    }

    /** Cores busy on average since the start: machine, application, bench, rest. */
    Map<String, Object> stop() {
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] machineNow = machine();
        double scale = TICKS_PER_SECOND * Math.max(seconds, 0.001);
        double busy = (machineNow[0] - machine[0]) / scale;
        double appCores = (process(appPid) - app) / scale;
        double benchCores = (process(ProcessHandle.current().pid()) - bench) / scale;
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("machine_busy_cores", Report.round(busy));
        usage.put("application_cores", Report.round(appCores));
        usage.put("bench_cores", Report.round(benchCores));
        usage.put("postgres_and_everything_else_cores", Report.round(Math.max(0, busy - appCores - benchCores)));
        return usage;
    }

    /** Busy and total ticks of all CPUs (busy excludes idle and iowait). */
    private static long[] machine() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[]{total - idle, total};
        } catch (Exception e) {
            return new long[]{0, 0};
        }
    }

    /** User and system ticks of one process. */
    private static long process(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception e) {
            return 0;
        }
    }
}
