package com.shiftledger.api.ledger;

import com.shiftledger.api.money.Money;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain's bytes are fixed: these hashes were computed with {@code printf '%s\n%s' PREVIOUS LINE | sha256sum}, as
 * an auditor with no Java would, and the ledger must keep producing exactly them.
 */
class StatementChainTest {

    private static final WalletStatement.Entry TOP_UP = new WalletStatement.Entry(1,
            Instant.parse("2026-01-31T12:00:00.123456Z"), "TopUpCapturedEvent", "TXN-ABC123", "credit",
            "wallet_topup", Money.ofPaise(100_000), Money.ofPaise(100_000), "gateway:razorpay", "order_ABCDEFGHIJKLMN",
            null);
    private static final WalletStatement.Entry WITHDRAWAL = new WalletStatement.Entry(2,
            Instant.parse("2026-02-01T09:30:00Z"), "WithdrawalRequestedEvent", "TXN-DEF456", "debit", "withdrawal",
            Money.ofPaise(40_000), Money.ofPaise(60_000), "withdrawal:7", null, null);

    @Test
    void entriesHashToTheDocumentedBytes() {
        assertThat(StatementChain.line(StatementChain.fieldsOf(TOP_UP))).isEqualTo(
                "1|2026-01-31T12:00:00.123456Z|TXN-ABC123|credit|wallet_topup|100000|100000|gateway:razorpay|"
                        + "order_ABCDEFGHIJKLMN");
        String first = StatementChain.next(StatementChain.GENESIS, TOP_UP);
        assertThat(first).isEqualTo("c7597e908bae5f992d47e688ef05ca6da952a4ea727a3ce706e8bb6c644dbe84");
        assertThat(StatementChain.line(StatementChain.fieldsOf(WITHDRAWAL)))
                .isEqualTo("2|2026-02-01T09:30:00Z|TXN-DEF456|debit|withdrawal|40000|60000|withdrawal:7|null");
        assertThat(StatementChain.next(first, WITHDRAWAL))
                .isEqualTo("8357d5ff7c38e67e5bd881827fd8a04020dceaf5f8c59b8a8a43403f2c64d427");
    }

    @Test
    void aLineHasExactlyNineFields() {
        assertThatThrownBy(() -> StatementChain.line(List.of("1", "2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignatureOfTheClosingHashVerifiesOnlyForThatHashAndKey() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String closingHash = StatementChain.next(StatementChain.GENESIS, TOP_UP);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(StatementSignature.signedBytes(closingHash));
        String signature = Base64.getEncoder().encodeToString(signer.sign());

        assertThat(StatementSignature.verify(keys.getPublic(), closingHash, signature)).isTrue();
        assertThat(StatementSignature.verify(keys.getPublic(), StatementChain.GENESIS, signature)).isFalse();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(StatementSignature.verify(other.getPublic(), closingHash, signature)).isFalse();
        assertThat(StatementSignature.verify(keys.getPublic(), closingHash, "not base64!")).isFalse();
    }

    @Test
    void aPublicKeyReadsBackFromItsPemWithTheSameKeyId() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pem = StatementSignature.pemOf(keys.getPublic());

        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(StatementSignature.keyIdOf(StatementSignature.readPublicKey(pem)))
                .isEqualTo(StatementSignature.keyIdOf(keys.getPublic()))
                .hasSize(16)
                .matches("[0-9a-f]{16}");
        assertThatThrownBy(() -> StatementSignature.readPublicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n"
                + "-----END PUBLIC KEY-----\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
