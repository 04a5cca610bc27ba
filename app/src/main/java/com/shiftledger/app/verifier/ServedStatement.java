package com.shiftledger.app.verifier;

import java.util.List;

/**
 * A wallet statement as the ledger served it, read back from its JSON (with or without the response envelope) or
 * its CSV: what the verifier checks. Amounts are in paise; every field of an entry's chain line is kept as the text
 * served.
 */
record ServedStatement(String openingHash, long openingBalancePaise, String closingHash, long closingBalancePaise,
                       String keyId, String signatureAlgorithm, String signature, List<Entry> entries) {

    /**
     * One entry: its chain fields ({@code StatementChain.FIELDS}), the amount, type and balance after it, the hash
     * it claims and, in CSV, the previous hash it claims.
     */
    record Entry(List<String> fields, String type, long amountPaise, long balanceAfterPaise, String previousHash,
                 String hash) {

        String sequence() {
            return fields.get(0);
        }
    }
}
