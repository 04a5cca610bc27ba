package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.WalletStatement;

/** A statement as CSV: one row per entry with the previous hash and the hash, so the chain checks row by row. */
final class StatementCsv {

    static final String HEADER = "sequence,occurred_at,transaction_id,type,category,amount_paise,"
            + "balance_after_paise,counterparty,reference,previous_hash,hash";

    private StatementCsv() {
    }

    static String of(WalletStatement statement) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String previous = statement.openingHash();
        for (WalletStatement.Entry entry : statement.entries()) {
            csv.append(entry.sequence()).append(',')
                    .append(entry.occurredAt()).append(',')
                    .append(cell(entry.transactionId())).append(',')
                    .append(entry.type()).append(',')
                    .append(cell(entry.category())).append(',')
                    .append(entry.amount().paise()).append(',')
                    .append(entry.balanceAfter().paise()).append(',')
                    .append(cell(entry.counterparty())).append(',')
                    .append(cell(entry.reference())).append(',')
                    .append(previous).append(',')
                    .append(entry.hash()).append('\n');
            previous = entry.hash();
        }
        return csv.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "null";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
