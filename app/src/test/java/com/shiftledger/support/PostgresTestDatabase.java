package com.shiftledger.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database of this test run's own, created on first use on the local server
 * ({@code 127.0.0.1:5432}, user {@code postgres}; override with {@code SHIFTLEDGER_TEST_PG_HOST},
 * {@code _PORT}, {@code _USER}, {@code _PASSWORD}), so runs never see each other's data.
 */
public final class PostgresTestDatabase {

    private static final String HOST = env("SHIFTLEDGER_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("SHIFTLEDGER_TEST_PG_PORT", "5432");
    private static final String USER = env("SHIFTLEDGER_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("SHIFTLEDGER_TEST_PG_PASSWORD", "");
    private static final Pattern TEST_DATABASE =
            Pattern.compile("shiftledger_[a-z]+_([0-9]{8}_[0-9]{6})_[0-9a-f]{6}");

    private PostgresTestDatabase() {
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static boolean cleanedUp;

    /** Creates a new, empty database and answers its JDBC URL; drops test databases left from runs a day old. */
    public static synchronized String createDatabase(String purpose) {
        if (!cleanedUp) {
            dropDatabasesOlderThanADay();
            cleanedUp = true;
        }
        String name = "shiftledger_" + purpose + "_"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for the integration tests at " + HOST + ":" + PORT
                    + " (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)",
                    e);
        }
        return url(name);
    }

    private static void dropDatabasesOlderThanADay() {
        String dayAgo = LocalDateTime.now().minusDays(1).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("select datname from pg_database")) {
                while (names.next()) {
                    Matcher matcher = TEST_DATABASE.matcher(names.getString(1));
                    if (matcher.matches() && matcher.group(1).compareTo(dayAgo) < 0) {
                        stale.add(names.getString(1));
                    }
                }
            }
            for (String name : stale) {
                statement.execute("drop database if exists " + name);
            }
        } catch (SQLException e) {
            // a database still in use by another run stays; it is dropped by a later run
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
