package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.StatementChain;
import com.shiftledger.api.ledger.WalletStatement;
import com.shiftledger.query.signing.Seal;

import java.util.List;

/**
 * A statement as CSV: a header row, one row per entry with the previous hash and the hash, so the chain checks row
 * by row, and trailer lines starting with {@code #} that name the wallet, the period, the opening and closing
 * balances and hashes, and the signature with its key id. A cell holding a comma, a quote or a line break is quoted;
 * a missing value is {@code null}, as in the chain's lines.
 */
final class StatementCsv {

    static final String HEADER = String.join(",", StatementChain.FIELDS) + ",previous_hash,hash";
    static final String TRAILER = "# ";

    private StatementCsv() {
    }

    static String of(WalletStatement statement, Seal seal) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String previous = statement.openingHash();
        for (WalletStatement.Entry entry : statement.entries()) {
            List<String> fields = StatementChain.fieldsOf(entry);
            for (String field : fields) {
                csv.append(cell(field)).append(',');
            }
            csv.append(previous).append(',').append(entry.hash()).append('\n');
            previous = entry.hash();
        }
        trailer(csv, "wallet_id", String.valueOf(statement.walletId()));
        trailer(csv, "account", statement.account());
        trailer(csv, "from", statement.from() == null ? "" : statement.from().toString());
        trailer(csv, "to", statement.to() == null ? "" : statement.to().toString());
        trailer(csv, "opening_balance_paise", String.valueOf(statement.openingBalance().paise()));
        trailer(csv, "closing_balance_paise", String.valueOf(statement.closingBalance().paise()));
        trailer(csv, "opening_hash", statement.openingHash());
        trailer(csv, "closing_hash", statement.closingHash());
        trailer(csv, "signature_algorithm", seal.algorithm());
        trailer(csv, "key_id", seal.keyId());
        trailer(csv, "signature", seal.signature());
        return csv.toString();
    }

    private static void trailer(StringBuilder csv, String name, String value) {
        csv.append(TRAILER).append(name).append(':').append(value.isEmpty() ? "" : " " + value).append('\n');
    }

    private static String cell(String value) {
        if (value == null) {
            return "null";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
