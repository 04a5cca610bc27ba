package com.shiftledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bench's fresh database: created and dropped here, reached through two pools: one sized like the
 * application's (for the raw baselines) and a small one for watching the read side.
 */
final class Database implements AutoCloseable {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String name;
    private HikariDataSource baseline;
    /** Checked while waiting for the read side: throws when the application is gone. */
    private volatile Runnable guard = () -> { };
    private HikariDataSource monitor;

    Database(String host, int port, String user, String password, String name) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    String name() {
        return name;
    }

    void guard(Runnable check) {
        this.guard = check;
    }

    String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    void create() throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                user, password); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    void drop() throws SQLException {
        close();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                user, password); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    /** The pool of the raw baselines, as large as the application's (spring.datasource.hikari.maximum-pool-size). */
    synchronized HikariDataSource baseline(int poolSize) {
        if (baseline == null) {
            baseline = pool("bench-baseline", poolSize);
        }
        return baseline;
    }

    /** A small pool for watching the event store and the read side. */
    synchronized HikariDataSource monitor() {
        if (monitor == null) {
            monitor = pool("bench-monitor", 3);
        }
        return monitor;
    }

    private HikariDataSource pool(String poolName, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url());
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setPoolName(poolName);
        return new HikariDataSource(config);
    }

    void execute(String... sql) throws SQLException {
        try (Connection connection = monitor().getConnection(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    long queryLong(String sql, Object... parameters) throws SQLException {
        try (Connection connection = monitor().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    String queryString(String sql) throws SQLException {
        try (Connection connection = monitor().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** The global index of the newest event in the store (0 when empty). */
    long head() throws SQLException {
        return queryLong("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    long eventCount() throws SQLException {
        return queryLong("select count(*) from domain_event_entry");
    }

    /**
     * Each tracking processor's position: the lowest index over its segments. An index that a token lists as a gap
     * but that is in the store (an event committed late, not yet handled) holds the processor just below it.
     */
    Map<String, Long> processorPositions() throws SQLException {
        Map<String, Long> positions = new TreeMap<>();
        List<Long> gapsToCheck = new ArrayList<>();
        Map<Long, List<String>> gapOwners = new TreeMap<>();
        try (Connection connection = monitor().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select processor_name, token from token_entry")) {
            while (rows.next()) {
                String processor = rows.getString(1);
                byte[] token = rows.getBytes(2);
                long index = -1;
                if (token != null) {
                    JsonNode json = readToken(token);
                    index = json.path("index").asLong(-1);
                    for (JsonNode gap : json.path("gaps")) {
                        gapsToCheck.add(gap.asLong());
                        gapOwners.computeIfAbsent(gap.asLong(), k -> new ArrayList<>()).add(processor);
                    }
                }
                positions.merge(processor, index, Math::min);
            }
        }
        if (!gapsToCheck.isEmpty()) {
            try (Connection connection = monitor().getConnection(); PreparedStatement statement =
                    connection.prepareStatement("select global_index from domain_event_entry where global_index = any(?)")) {
                statement.setArray(1, connection.createArrayOf("bigint", gapsToCheck.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long missed = rows.getLong(1);
                        for (String processor : gapOwners.getOrDefault(missed, List.of())) {
                            positions.merge(processor, missed - 1, Math::min);
                        }
                    }
                }
            }
        }
        return positions;
    }

    /** A GapAwareTrackingToken, or the current token inside a replay or merged token. */
    private static JsonNode readToken(byte[] token) {
        try {
            JsonNode json = Http.JSON.readTree(token);
            while (!json.has("index")) {
                JsonNode inner = json.has("currentToken") ? json.get("currentToken")
                        : json.has("lowerSegmentToken") ? json.get("lowerSegmentToken") : null;
                if (inner == null || inner.isNull()) {
                    return Http.JSON.createObjectNode();
                }
                json = inner;
            }
            return json;
        } catch (java.io.IOException e) {
            return Http.JSON.createObjectNode();
        }
    }

    /** How far the slowest processor is behind the head, in events. */
    long readSideBacklog() throws SQLException {
        long head = head();
        long slowest = processorPositions().values().stream().mapToLong(Long::longValue).min().orElse(head);
        return Math.max(0, head - slowest);
    }

    /**
     * Waits until every tracking processor has reached the head of the store as it is now; answers how long it took,
     * or null when it did not within {@code timeout}.
     */
    Duration awaitReadSide(Duration timeout) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long head = head();
        while (true) {
            guard.run();
            Map<String, Long> positions = processorPositions();
            if (!positions.isEmpty() && positions.values().stream().allMatch(p -> p >= head)) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (System.nanoTime() - started > timeout.toNanos()) {
                return null;
            }
            Thread.sleep(50);
        }
    }

    @Override
    public synchronized void close() {
        if (baseline != null) {
            baseline.close();
            baseline = null;
        }
        if (monitor != null) {
            monitor.close();
            monitor = null;
        }
    }
}
