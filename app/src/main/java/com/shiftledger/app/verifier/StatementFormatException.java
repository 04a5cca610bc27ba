package com.shiftledger.app.verifier;

/** The file is not a statement as the ledger serves it: neither its JSON nor its CSV, or a field is missing. */
class StatementFormatException extends Exception {

    StatementFormatException(String message) {
        super(message);
    }
}
