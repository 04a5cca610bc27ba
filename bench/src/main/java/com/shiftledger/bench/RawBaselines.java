package com.shiftledger.bench;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.TransactionId;
import com.shiftledger.api.wallet.PayoutMethod;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WithdrawalRequestedEvent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The same work in plain JDBC, on scratch tables of the same shapes in the same database, with a pool as large as
 * the application's and the same number of clients: what PostgreSQL on this machine can do at best.
 */
final class RawBaselines {

    private static final String INSERT_EVENT = "insert into bench_raw_event (global_index, aggregate_identifier, "
            + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
            + "values (nextval('bench_raw_event_seq'), ?, ?, 'Wallet', ?, ?, ?, null, ?, ?)";
    private static final String PAYLOAD_TYPE = WithdrawalRequestedEvent.class.getName();

    private final Database database;
    private final DataSource pool;
    /** Every phase writes streams of its own, so no phase collides with the sequence numbers of an earlier one. */
    private final java.util.concurrent.atomic.AtomicInteger phases = new java.util.concurrent.atomic.AtomicInteger();

    RawBaselines(Database database, int poolSize) {
        this.database = database;
        this.pool = database.baseline(poolSize);
    }

    /** The scratch tables: copies of domain_event_entry's and wallet_view's shapes, and one balance row per wallet. */
    void createTables() throws SQLException {
        database.execute(
                "create sequence bench_raw_event_seq start with 1 increment by 1",
                "create table bench_raw_event (like domain_event_entry including all)",
                "create table bench_raw_balance (id bigint primary key, balance_paise bigint not null, "
                        + "last_sequence bigint not null)",
                "insert into bench_raw_balance values (1, 9000000000000000, -1)",
                "create table bench_raw_wallet (like wallet_view including all)");
    }

    /**
     * A stored WithdrawalRequestedEvent of ₹100 like the ones the application writes in the run (ids of the same
     * magnitude), serialized by the storage mapper: the payload the baselines insert.
     */
    static byte[] withdrawalPayload(long walletId, long profileId, long withdrawalId) {
        WalletId wallet = new WalletId(walletId);
        String reference = "withdrawal:" + withdrawalId;
        return StorageFormat.payload(new WithdrawalRequestedEvent(wallet, Account.hospital(profileId), withdrawalId,
                Money.ofPaise(ShiftLedgerApi.WITHDRAWAL_PAISE), PayoutMethod.UPI,
                "pd_0123456789abcdef01234567", null, reference,
                TransactionId.of(wallet.toString(), reference), Money.ofPaise(987_654_300L),
                Money.ofPaise(1_234_500L)));
    }

    /** P1's baseline: per request, one event row inserted and committed; client c writes wallets c, c+16, ... */
    Load.Result insertAndCommit(int clients, int wallets, Duration duration, long maxRequests, byte[] payload) {
        AtomicLongArray sequences = new AtomicLongArray(wallets);
        String stream = "raw-phase-" + phases.incrementAndGet() + "-wallet-";
        return Load.closedLoop(clients, duration, maxRequests, (client, n) -> {
            int wallet = (int) ((client + (long) clients * (n % Math.max(1, wallets / clients))) % wallets);
            try (Connection connection = pool.getConnection();
                 PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
                bindEvent(insert, stream + wallet, sequences.getAndIncrement(wallet), payload);
                insert.executeUpdate();
            }
            return 200;
        });
    }

    /**
     * P2's baseline: per request, in one transaction, the hot wallet's balance row is debited (only when it can
     * pay) and its next sequence number taken, and the event row inserted.
     */
    Load.Result hotRowUpdateAndInsert(int clients, Duration duration, long maxRequests, byte[] payload) {
        return Load.closedLoop(clients, duration, maxRequests, (client, n) -> {
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement debit = connection.prepareStatement("update bench_raw_balance set "
                        + "balance_paise = balance_paise - ?, last_sequence = last_sequence + 1 "
                        + "where id = 1 and balance_paise >= ? returning last_sequence");
                     PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
                    debit.setLong(1, ShiftLedgerApi.WITHDRAWAL_PAISE);
                    debit.setLong(2, ShiftLedgerApi.WITHDRAWAL_PAISE);
                    long sequence;
                    try (ResultSet rows = debit.executeQuery()) {
                        if (!rows.next()) {
                            connection.rollback();
                            return 402;
                        }
                        sequence = rows.getLong(1);
                    }
                    bindEvent(insert, "raw-hot-wallet", sequence, payload);
                    insert.executeUpdate();
                    connection.commit();
                    return 200;
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        });
    }

    private static void bindEvent(PreparedStatement insert, String aggregate, long sequence, byte[] payload)
            throws SQLException {
        String eventId = UUID.randomUUID().toString();
        insert.setString(1, aggregate);
        insert.setLong(2, sequence);
        insert.setString(3, eventId);
        insert.setBytes(4, StorageFormat.metaData(eventId));
        insert.setBytes(5, payload);
        insert.setString(6, PAYLOAD_TYPE);
        insert.setString(7, StorageFormat.timestamp(Instant.now()));
    }

    /** A sequential read and what it found. */
    record Read(long events, long bytes, double seconds) {
        double rate() {
            return seconds <= 0 ? 0 : events / seconds;
        }
    }

    /**
     * P4's baseline: reads the event table (or one wallet's stream) in order and decodes every payload into its
     * event record with the storage mapper, as the application's serializer would.
     */
    Read sequentialRead(String aggregateOrNull) throws SQLException {
        String sql = aggregateOrNull == null
                ? "select global_index, payload_type, payload from domain_event_entry order by global_index"
                : "select sequence_number, payload_type, payload from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number";
        long started = System.nanoTime();
        long events = 0;
        long bytes = 0;
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(1_000);
                if (aggregateOrNull != null) {
                    statement.setString(1, aggregateOrNull);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        byte[] payload = rows.getBytes(3);
                        if (StorageFormat.decode(rows.getString(2), payload) != null) {
                            events++;
                            bytes += payload.length;
                        }
                    }
                }
            } finally {
                connection.commit();
                connection.setAutoCommit(true);
            }
        }
        return new Read(events, bytes, (System.nanoTime() - started) / 1e9);
    }

    /** Refreshes the scratch copy of wallet_view that P5's baseline reads. */
    long copyWallets() throws SQLException {
        database.execute("truncate bench_raw_wallet", "insert into bench_raw_wallet select * from wallet_view");
        return database.queryLong("select count(*) from bench_raw_wallet");
    }

    /** P5's baseline: a primary-key select of a random wallet row at a fixed rate. */
    Load.Result primaryKeySelect(long[] ids, double rate, Duration duration, int workers) {
        return Load.openModel(rate, duration, workers, (client, n) -> {
            long id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
            try (Connection connection = pool.getConnection();
                 PreparedStatement select = connection.prepareStatement("select * from bench_raw_wallet where id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? 200 : 404;
                }
            }
        });
    }
}
