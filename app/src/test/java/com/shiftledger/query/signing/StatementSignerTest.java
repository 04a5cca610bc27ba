package com.shiftledger.query.signing;

import com.shiftledger.api.ledger.StatementChain;
import com.shiftledger.api.ledger.StatementSignature;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the signing key comes from: without a key file it is made once and kept in the database, so a restart signs
 * with the same key; with {@code shiftledger.audit.signing-key-file} the file's key signs.
 */
class StatementSignerTest extends IntegrationTest {

    @Autowired
    private StatementSigner running;

    @TempDir
    Path files;

    @Test
    void theKeyMadeAtTheFirstStartIsKeptInTheDatabaseAndSurvivesARestart() {
        String stored = jdbc.queryForObject("select key_id from audit_signing_key where name = ?", String.class,
                StoredSigningKey.NAME);
        StatementSigner restarted = new StatementSigner(new AuditSigningProperties(""), jdbc, clock);

        assertThat(running.keyId()).isEqualTo(stored);
        assertThat(restarted.keyId()).isEqualTo(stored);
        assertThat(restarted.publicKeyPem()).isEqualTo(running.publicKeyPem());
        assertThat(jdbc.queryForObject("select count(*) from audit_signing_key", Long.class)).isEqualTo(1);
        Seal seal = restarted.seal(StatementChain.GENESIS);
        assertThat(StatementSignature.verify(StatementSignature.readPublicKey(running.publicKeyPem()),
                StatementChain.GENESIS, seal.signature())).isTrue();
    }

    @Test
    void theKeyOfTheConfiguredFileSignsInsteadOfTheDatabasesKey() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path file = Files.writeString(files.resolve("signing.pem"), SigningKeys.privateKeyPem(keys.getPrivate()));

        StatementSigner signer = new StatementSigner(new AuditSigningProperties(file.toString()), jdbc, clock);
        Seal seal = signer.seal(StatementChain.GENESIS);

        assertThat(signer.keyId()).isEqualTo(StatementSignature.keyIdOf(keys.getPublic()))
                .isNotEqualTo(running.keyId());
        assertThat(seal.keyId()).isEqualTo(signer.keyId());
        assertThat(signer.publicKeyPem()).isEqualTo(StatementSignature.pemOf(keys.getPublic()));
        assertThat(StatementSignature.verify(keys.getPublic(), StatementChain.GENESIS, seal.signature())).isTrue();
    }

    @Test
    void aKeyFileThatHoldsNoEd25519KeyStopsTheStartNamingTheSetting() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path notEdwards = Files.writeString(files.resolve("rsa.pem"),
                StatementSignature.pem(SigningKeys.PRIVATE_KEY, rsa.getPrivate().getEncoded()));
        Path missing = files.resolve("missing.pem");

        assertThatThrownBy(() -> new StatementSigner(new AuditSigningProperties(notEdwards.toString()), jdbc, clock))
                .hasMessageContaining("shiftledger.audit.signing-key-file").hasMessageContaining("Ed25519");
        assertThatThrownBy(() -> new StatementSigner(new AuditSigningProperties(missing.toString()), jdbc, clock))
                .hasMessageContaining("shiftledger.audit.signing-key-file").hasMessageContaining("cannot be read");
    }
}
