/** The ledger's statement signing key: Ed25519, from a configured file or made once and kept in the database. */
package com.shiftledger.query.signing;
