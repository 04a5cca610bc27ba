/**
 * The offline statement verifier, {@code java -jar shiftledger.jar verify-statement FILE --public-key KEY.pem}: checks
 * a statement's hash chain, running balance and signature with no server, database or Spring.
 */
package com.shiftledger.app.verifier;
