package com.shiftledger.bench;

import com.shiftledger.api.money.Account;
import com.shiftledger.api.money.Money;
import com.shiftledger.api.money.MoneyMovement;
import com.shiftledger.api.money.Posting;
import com.shiftledger.api.money.TransactionId;
import com.shiftledger.api.wallet.PayoutMethod;
import com.shiftledger.api.wallet.TopUpCapturedEvent;
import com.shiftledger.api.wallet.TopUpChannel;
import com.shiftledger.api.wallet.TopUpOrderCreatedEvent;
import com.shiftledger.api.wallet.WalletId;
import com.shiftledger.api.wallet.WalletOpenedEvent;
import com.shiftledger.api.wallet.WithdrawalApprovedEvent;
import com.shiftledger.api.wallet.WithdrawalRejectedEvent;
import com.shiftledger.api.wallet.WithdrawalRequestedEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Writes real ShiftLedger wallet events straight into the event store, fast (COPY), while the application is
 * stopped: each wallet's stream continues from its last sequence number with the wallet's true balances, every
 * global index and withdrawal id comes from the application's own sequences, and the command side's lookup rows
 * ({@code wallet_lookup}) are written as its subscribing processor would. Restarting the application then lets its
 * processors project the new events like any others.
 */
final class Seeder {

    /** What a wallet's seeded events are made of. */
    enum Pattern {
        /**
         * Cycles of 32 events: a top-up of ₹1,500 (order and capture), 15 withdrawal requests of ₹100, of which 12
         * are approved (paid out) and 3 rejected (returned); the balance never goes below where it started.
         */
        MIXED,
        /** One top-up covering the rest, then withdrawal requests of ₹100 only (what the P1 and P3 load writes). */
        REQUESTS
    }

    /** The wallet's state after seeding, and how many events and withdrawal requests were added to it. */
    record StreamResult(long walletId, long events, long withdrawalsRequested, long balance, long reserved) {
    }

    private static final int CHUNK = 20_000;
    private static final String COPY_EVENTS = "COPY domain_event_entry (global_index, aggregate_identifier, "
            + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
            + "FROM STDIN WITH (FORMAT csv)";
    private static final String COPY_LOOKUPS = "COPY wallet_lookup (lookup_key, wallet_id) FROM STDIN WITH (FORMAT csv)";
    private static final HexFormat HEX = HexFormat.of();

    private final DataSource dataSource;
    private long orders;

    Seeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Appends {@code events[i]} events of the given pattern to wallet {@code walletIds[i]}, interleaving the wallets
     * in the global order. The application must be stopped.
     */
    List<StreamResult> seed(long[] walletIds, long[] events, Pattern pattern) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Stream> streams = new ArrayList<>();
            for (int i = 0; i < walletIds.length; i++) {
                streams.add(load(connection, walletIds[i], events[i], pattern));
            }
            long nextIndex = nextValue(connection, "domain_event_entry_seq");
            long nextWithdrawal = nextValue(connection, "withdrawal_id_seq");
            long[] counters = {nextIndex, nextWithdrawal};
            ArrayDeque<Stream> open = new ArrayDeque<>(streams.stream().filter(s -> s.remaining > 0).toList());
            StringBuilder eventRows = new StringBuilder(1 << 20);
            StringBuilder lookupRows = new StringBuilder(1 << 16);
            int inChunk = 0;
            while (!open.isEmpty()) {
                Stream stream = open.poll();
                Row row = stream.next(counters, this);
                eventRows.append(row.global).append(',').append(stream.aggregate).append(',').append(row.sequence)
                        .append(",Wallet,").append(row.eventId).append(",\\x").append(HEX.formatHex(row.metaData))
                        .append(",\\x").append(HEX.formatHex(row.payload)).append(",,")
                        .append(row.payloadType).append(',').append(row.timestamp).append('\n');
                if (row.lookupKey != null) {
                    lookupRows.append(row.lookupKey).append(',').append(stream.walletId).append('\n');
                }
                if (stream.remaining > 0) {
                    open.add(stream);
                }
                if (++inChunk == CHUNK) {
                    flush(connection, eventRows, lookupRows);
                    inChunk = 0;
                }
            }
            flush(connection, eventRows, lookupRows);
            try (Statement statement = connection.createStatement()) {
                if (counters[0] > nextIndex) {
                    statement.execute("select setval('domain_event_entry_seq', " + (counters[0] - 1) + ")");
                }
                if (counters[1] > nextWithdrawal) {
                    statement.execute("select setval('withdrawal_id_seq', " + (counters[1] - 1) + ")");
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze domain_event_entry");
                statement.execute("analyze wallet_lookup");
            }
            return streams.stream().map(s -> new StreamResult(s.walletId, s.written, s.requested, s.balance,
                    s.reserved)).toList();
        }
    }

    private static void flush(Connection connection, StringBuilder eventRows, StringBuilder lookupRows)
            throws SQLException {
        copy(connection, COPY_EVENTS, eventRows);
        copy(connection, COPY_LOOKUPS, lookupRows);
        connection.commit();
    }

    private static void copy(Connection connection, String sql, StringBuilder rows) throws SQLException {
        if (rows.length() == 0) {
            return;
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
        rows.setLength(0);
    }

    /** The value nextval would give, without using it up (the application is stopped). */
    private static long nextValue(Connection connection, String sequence) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select last_value, is_called from " + sequence)) {
            rows.next();
            return rows.getBoolean(2) ? rows.getLong(1) + 1 : rows.getLong(1);
        }
    }

    /** Replays the wallet's stream as the audit does, to continue it with true balances. */
    private static Stream load(Connection connection, long walletId, long events, Pattern pattern) throws SQLException {
        Stream stream = new Stream(walletId, events, pattern);
        try (PreparedStatement statement = connection.prepareStatement("select sequence_number, payload_type, payload "
                + "from domain_event_entry where aggregate_identifier = ? order by sequence_number")) {
            statement.setFetchSize(5_000);
            statement.setString(1, stream.aggregate);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stream.sequence = rows.getLong(1) + 1;
                    Object event = StorageFormat.decode(rows.getString(2), rows.getBytes(3));
                    stream.replay(event);
                }
            }
        }
        if (stream.account == null) {
            throw new IllegalStateException("Wallet " + walletId + " has no WalletOpenedEvent");
        }
        return stream;
    }

    private String nextOrderId() {
        String counter = Long.toString(++orders, 36);
        return "order_b" + "0".repeat(13 - counter.length()) + counter;
    }

    /** One row of domain_event_entry. */
    private record Row(long global, long sequence, String eventId, byte[] metaData, byte[] payload,
                       String payloadType, String timestamp, String lookupKey) {
    }

    /** One wallet's stream being continued. */
    private static final class Stream {

        final long walletId;
        final String aggregate;
        final Pattern pattern;
        final WalletId id;
        Account account;
        long sequence;
        long balance;
        long reserved;
        long remaining;
        long written;
        long requested;
        int step;
        final ArrayDeque<Long> pending = new ArrayDeque<>();
        /** An event that must come next in this stream (a top-up's capture right after its order). */
        final ArrayDeque<Object> queued = new ArrayDeque<>();

        Stream(long walletId, long events, Pattern pattern) {
            this.walletId = walletId;
            this.aggregate = "wallet-" + walletId;
            this.id = new WalletId(walletId);
            this.remaining = events;
            this.pattern = pattern;
        }

        void replay(Object event) {
            if (event instanceof WalletOpenedEvent opened) {
                account = opened.account();
            }
            if (event instanceof MoneyMovement movement && account != null) {
                for (Posting posting : movement.postings()) {
                    if (posting.to().equals(account)) {
                        balance += posting.amount().paise();
                    }
                    if (posting.from().equals(account)) {
                        balance -= posting.amount().paise();
                    }
                }
            }
            if (event instanceof WithdrawalRequestedEvent requestedEvent) {
                reserved += requestedEvent.amount().paise();
            } else if (event instanceof WithdrawalApprovedEvent approved) {
                reserved -= approved.amount().paise();
            } else if (event instanceof WithdrawalRejectedEvent rejected) {
                reserved -= rejected.amount().paise();
            }
        }

        Row next(long[] counters, Seeder seeder) {
            Object event = nextEvent(counters, seeder);
            String lookupKey = null;
            if (event instanceof TopUpOrderCreatedEvent created) {
                lookupKey = "order:" + created.orderId();
            } else if (event instanceof WithdrawalRequestedEvent requestedEvent) {
                lookupKey = "withdrawal:" + requestedEvent.withdrawalId();
            }
            remaining--;
            written++;
            if (remaining == 0 && !queued.isEmpty()) {
                remaining = 1; // never stop between an order and its capture
            }
            String eventId = UUID.randomUUID().toString();
            return new Row(counters[0]++, sequence++, eventId, StorageFormat.metaData(UUID.randomUUID().toString()),
                    StorageFormat.payload(event), event.getClass().getName(), StorageFormat.timestamp(Instant.now()),
                    lookupKey);
        }

        private Object nextEvent(long[] counters, Seeder seeder) {
            long amount = ShiftLedgerApi.WITHDRAWAL_PAISE;
            if (pattern == Pattern.REQUESTS) {
                if (step++ == 0) {
                    // one top-up that covers every request that follows (remaining - 2 of them)
                    return topUp(seeder, Math.max(1, remaining - 2) * amount);
                }
                if (!queued.isEmpty()) {
                    return queued.poll();
                }
                return request(counters);
            }
            int position = step++ % 32;
            if (position == 0) {
                return topUp(seeder, 15 * amount);
            }
            if (!queued.isEmpty()) {
                return queued.poll();
            }
            if (position <= 16) {
                return request(counters);
            }
            long withdrawalId = pending.poll();
            if (position >= 29) {
                balance += amount;
                reserved -= amount;
                return new WithdrawalRejectedEvent(id, account, withdrawalId, Money.ofPaise(amount),
                        "Rejected by the bench seeder", transactionId("withdrawal:" + withdrawalId),
                        transactionId("withdrawal:" + withdrawalId + ":returned"), Money.ofPaise(balance),
                        Money.ofPaise(reserved));
            }
            reserved -= amount;
            return new WithdrawalApprovedEvent(id, account, withdrawalId, Money.ofPaise(amount),
                    "Approved by the bench seeder", transactionId("withdrawal:" + withdrawalId), Money.ofPaise(balance),
                    Money.ofPaise(reserved));
        }

        /** The order (answered now) and its capture (queued as the next event of this stream). */
        private Object topUp(Seeder seeder, long amount) {
            String orderId = seeder.nextOrderId();
            String transactionId = transactionId("topup:" + orderId);
            balance += amount;
            queued.add(new TopUpCapturedEvent(id, account, orderId, "pay_" + orderId.substring(6),
                    Money.ofPaise(amount), TopUpChannel.VERIFY, transactionId, Money.ofPaise(balance),
                    Money.ofPaise(reserved)));
            return new TopUpOrderCreatedEvent(id, orderId, Money.ofPaise(amount), transactionId);
        }

        private Object request(long[] counters) {
            long amount = ShiftLedgerApi.WITHDRAWAL_PAISE;
            long withdrawalId = counters[1]++;
            balance -= amount;
            reserved += amount;
            requested++;
            pending.add(withdrawalId);
            String reference = "withdrawal:" + withdrawalId;
            return new WithdrawalRequestedEvent(id, account, withdrawalId, Money.ofPaise(amount), PayoutMethod.UPI,
                    "pd_0123456789abcdef01234567", null, reference, transactionId(reference), Money.ofPaise(balance), Money.ofPaise(reserved));
        }

        private String transactionId(String reference) {
            return TransactionId.of(aggregate, reference);
        }
    }
}
