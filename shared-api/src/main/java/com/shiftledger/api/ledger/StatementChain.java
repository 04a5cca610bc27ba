package com.shiftledger.api.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of a {@link WalletStatement}, byte for byte, so that the ledger, the offline verifier and an
 * auditor's own tools compute the same hashes. An entry's hash is the lower-case hex SHA-256 of the UTF-8 bytes of
 * the previous hash, a line feed, and the entry's {@link #line line}; the hash before a wallet's first entry is
 * {@link #GENESIS}. A statement's {@code opening_hash} is the hash of the entry before its first one, so the
 * statements of consecutive periods link.
 */
public final class StatementChain {

    /** The hash before a wallet's first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    /** The fields of an entry's line, in order; a missing value is written {@code null}. */
    public static final List<String> FIELDS = List.of("sequence", "occurred_at", "transaction_id", "type",
            "category", "amount_paise", "balance_after_paise", "counterparty", "reference");

    private StatementChain() {
    }

    /** The entry's fields as they enter its line: amounts in paise, the instant in ISO-8601 as the API writes it. */
    public static List<String> fieldsOf(WalletStatement.Entry entry) {
        List<String> fields = new ArrayList<>(FIELDS.size());
        fields.add(String.valueOf(entry.sequence()));
        fields.add(entry.occurredAt().toString());
        fields.add(entry.transactionId());
        fields.add(entry.type());
        fields.add(entry.category());
        fields.add(String.valueOf(entry.amount().paise()));
        fields.add(String.valueOf(entry.balanceAfter().paise()));
        fields.add(entry.counterparty());
        fields.add(entry.reference());
        return fields;
    }

    /**
     * The fields joined by {@code |}. Only the last field, the reference, can hold a {@code |} (none of the others
     * ever does), so a line reads back into its fields unambiguously.
     */
    public static String line(List<String> fields) {
        if (fields.size() != FIELDS.size()) {
            throw new IllegalArgumentException("A statement line has " + FIELDS.size() + " fields, not "
                    + fields.size());
        }
        return String.join("|", fields.stream().map(String::valueOf).toList());
    }

    /** The hash of an entry whose line is {@code line}, following the entry whose hash is {@code previousHash}. */
    public static String next(String previousHash, String line) {
        try {
            byte[] bytes = (previousHash + "\n" + line).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    public static String next(String previousHash, WalletStatement.Entry entry) {
        return next(previousHash, line(fieldsOf(entry)));
    }
}
