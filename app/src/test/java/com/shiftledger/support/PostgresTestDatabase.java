package com.shiftledger.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

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

    private PostgresTestDatabase() {
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** Creates a new, empty database and answers its JDBC URL. */
    public static synchronized String createDatabase(String purpose) {
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

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
