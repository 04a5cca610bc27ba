package com.shiftledger.api.rejection;

/**
 * A number or code that cannot name anything (a shift id of 0, a refund code of the wrong form): whoever asks for
 * it is told that no such thing exists.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    public InvalidIdentifierException(String message) {
        super(message);
    }
}
