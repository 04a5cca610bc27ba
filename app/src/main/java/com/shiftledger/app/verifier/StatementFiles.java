package com.shiftledger.app.verifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shiftledger.api.ledger.StatementChain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a statement exactly as {@code GET /admin/audit/wallets/{id}/statement} serves it: the JSON answer (envelope
 * and all, or its {@code data} alone), or the CSV with its {@code #} trailer lines.
 */
final class StatementFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String CSV_HEADER = String.join(",", StatementChain.FIELDS) + ",previous_hash,hash";
    private static final int CSV_COLUMNS = StatementChain.FIELDS.size() + 2;

    private StatementFiles() {
    }

    static ServedStatement read(String text) throws StatementFormatException {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return content.stripLeading().startsWith("{") ? json(content) : csv(content);
    }

    private static ServedStatement json(String text) throws StatementFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StatementFormatException("The file is not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode statement = root.path("data").isObject() ? root.path("data") : root;
        if (!statement.path("entries").isArray()) {
            throw new StatementFormatException("The JSON has no statement: no entries in it or in its data");
        }
        List<ServedStatement.Entry> entries = new ArrayList<>();
        for (JsonNode entry : statement.path("entries")) {
            List<String> fields = new ArrayList<>(StatementChain.FIELDS.size());
            fields.add(required(entry, "sequence"));
            fields.add(required(entry, "occurred_at"));
            fields.add(text(entry, "transaction_id"));
            fields.add(required(entry, "type"));
            fields.add(text(entry, "category"));
            long amount = paise(entry, "amount");
            long balanceAfter = paise(entry, "balance_after");
            fields.add(String.valueOf(amount));
            fields.add(String.valueOf(balanceAfter));
            fields.add(text(entry, "counterparty"));
            fields.add(text(entry, "reference"));
            entries.add(new ServedStatement.Entry(fields, fields.get(3), amount, balanceAfter, null,
                    required(entry, "hash")));
        }
        return new ServedStatement(required(statement, "opening_hash"), paise(statement, "opening_balance"),
                required(statement, "closing_hash"), paise(statement, "closing_balance"),
                required(statement, "key_id"), required(statement, "signature_algorithm"),
                required(statement, "signature"), entries);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "null" : value.asText();
    }

    private static String required(JsonNode node, String field) throws StatementFormatException {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
            throw new StatementFormatException("The statement has no " + field);
        }
        return value.asText();
    }

    /** Rupees as served (at most two decimals) in paise. */
    private static long paise(JsonNode node, String field) throws StatementFormatException {
        JsonNode value = node.path(field);
        if (!value.isNumber()) {
            throw new StatementFormatException("The " + field + " of the statement is not a number");
        }
        try {
            return value.decimalValue().movePointRight(2).longValueExact();
        } catch (ArithmeticException notWholePaise) {
            throw new StatementFormatException("The " + field + " " + value.asText()
                    + " is not a whole number of paise");
        }
    }

    private static ServedStatement csv(String text) throws StatementFormatException {
        List<List<String>> records = new ArrayList<>();
        Map<String, String> trailer = new HashMap<>();
        CsvReader reader = new CsvReader(text);
        List<String> header = reader.next();
        if (header == null || !String.join(",", header).equals(CSV_HEADER)) {
            throw new StatementFormatException("The file is neither the statement's JSON nor its CSV (the CSV "
                    + "starts with " + CSV_HEADER + ")");
        }
        while (reader.hasNext()) {
            if (reader.atTrailer()) {
                String line = reader.trailerLine();
                int colon = line.indexOf(':');
                if (colon > 0) {
                    trailer.put(line.substring(1, colon).strip(), line.substring(colon + 1).strip());
                }
            } else {
                records.add(reader.next());
            }
        }
        List<ServedStatement.Entry> entries = new ArrayList<>();
        for (List<String> record : records) {
            if (record.size() != CSV_COLUMNS) {
                throw new StatementFormatException("A row has " + record.size() + " cells instead of " + CSV_COLUMNS
                        + ": " + String.join(",", record));
            }
            List<String> fields = List.copyOf(record.subList(0, StatementChain.FIELDS.size()));
            entries.add(new ServedStatement.Entry(fields, fields.get(3), number(fields.get(5), "amount_paise"),
                    number(fields.get(6), "balance_after_paise"), record.get(9), record.get(10)));
        }
        return new ServedStatement(trailer(trailer, "opening_hash"),
                number(trailer(trailer, "opening_balance_paise"), "opening_balance_paise"),
                trailer(trailer, "closing_hash"),
                number(trailer(trailer, "closing_balance_paise"), "closing_balance_paise"),
                trailer(trailer, "key_id"), trailer(trailer, "signature_algorithm"), trailer(trailer, "signature"),
                entries);
    }

    private static String trailer(Map<String, String> trailer, String name) throws StatementFormatException {
        String value = trailer.get(name);
        if (value == null || value.isEmpty()) {
            throw new StatementFormatException("The CSV has no trailer line # " + name + ": ...");
        }
        return value;
    }

    private static long number(String text, String column) throws StatementFormatException {
        try {
            return new BigDecimal(text).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new StatementFormatException("The " + column + " " + text + " is not a whole number");
        }
    }

    /** Reads CSV records: cells split by commas, a quoted cell may hold commas, quotes ("") and line breaks. */
    private static final class CsvReader {

        private final String text;
        private int position;

        CsvReader(String text) {
            this.text = text;
        }

        boolean hasNext() {
            while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                position++;
            }
            return position < text.length();
        }

        boolean atTrailer() {
            return text.charAt(position) == '#';
        }

        String trailerLine() {
            int end = text.indexOf('\n', position);
            String line = text.substring(position, end < 0 ? text.length() : end).replace("\r", "");
            position = end < 0 ? text.length() : end + 1;
            return line;
        }

        List<String> next() {
            if (!hasNext()) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (quoted) {
                    if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                        cell.append('"');
                        position++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    break;
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
