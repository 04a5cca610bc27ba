package com.shiftledger.query.audit;

import com.shiftledger.api.ledger.WalletStatement;
import com.shiftledger.api.money.Money;
import com.shiftledger.query.signing.Seal;

import java.time.Instant;
import java.util.List;

/**
 * A wallet statement as served: the statement, and the Ed25519 signature of its closing hash with the id of the key
 * that made it. The offline verifier reads exactly this, inside the response envelope.
 */
record SignedStatement(long walletId, String account, Instant from, Instant to, Money openingBalance,
                       Money closingBalance, String openingHash, String closingHash, String keyId,
                       String signatureAlgorithm, String signature, List<WalletStatement.Entry> entries) {

    static SignedStatement of(WalletStatement statement, Seal seal) {
        return new SignedStatement(statement.walletId(), statement.account(), statement.from(), statement.to(),
                statement.openingBalance(), statement.closingBalance(), statement.openingHash(),
                statement.closingHash(), seal.keyId(), seal.algorithm(), seal.signature(), statement.entries());
    }
}
