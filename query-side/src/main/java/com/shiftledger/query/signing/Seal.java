package com.shiftledger.query.signing;

/**
 * The signature on a statement: the id of the key that made it, the algorithm ({@code Ed25519}) and the signature
 * of the statement's closing hash in base64.
 */
public record Seal(String keyId, String algorithm, String signature) {
}
