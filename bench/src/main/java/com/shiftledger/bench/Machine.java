package com.shiftledger.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on: the machine, the JDK, PostgreSQL's settings that matter, the commit. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", firstLine("/proc/cpuinfo", "model name"));
        machine.put("memory", firstLine("/proc/meminfo", "MemTotal"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("load_average_1m_at_start", Run.loadAverage());
        return machine;
    }

    static Map<String, Object> postgres(Database database) {
        Map<String, Object> postgres = new LinkedHashMap<>();
        for (String setting : new String[]{"server_version", "synchronous_commit", "shared_buffers", "fsync",
                "max_connections", "wal_level"}) {
            try {
                postgres.put(setting, database.queryString("show " + setting));
            } catch (Exception e) {
                postgres.put(setting, null);
            }
        }
        return postgres;
    }

    static Map<String, Object> git() {
        Map<String, Object> git = new LinkedHashMap<>();
        git.put("commit", run("git", "rev-parse", "HEAD"));
        git.put("branch", run("git", "rev-parse", "--abbrev-ref", "HEAD"));
        String status = run("git", "status", "--porcelain", "--untracked-files=no");
        git.put("clean", status != null && status.isBlank());
        return git;
    }

    /** The jar measured: its path, size, modification time and SHA-256 (it may be older than the checkout). */
    static Map<String, Object> jar(Path jar) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("path", jar.toString());
        try {
            described.put("bytes", Files.size(jar));
            described.put("modified", Files.getLastModifiedTime(jar).toString());
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            try (java.io.InputStream in = Files.newInputStream(jar)) {
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, read);
                }
            }
            described.put("sha256", java.util.HexFormat.of().formatHex(digest.digest()));
        } catch (Exception e) {
            described.put("error", e.toString());
        }
        return described;
    }

    private static String firstLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(null);
        } catch (Exception e) {
            return null;
        }
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
        } catch (Exception e) {
            return null;
        }
    }
}
