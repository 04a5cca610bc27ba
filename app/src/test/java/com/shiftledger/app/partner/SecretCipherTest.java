package com.shiftledger.app.partner;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook secrets at rest: AES-GCM, bound to their client, readable only with the key they were sealed with. */
class SecretCipherTest {

    private static final byte[] TEST_ONLY_KEY = new byte[32];
    private static final String SECRET = "whsec_dGVzdC1vbmx5LXNlY3JldC10ZXN0LW9ubHktc2VjcmV0MTI=";

    @Test
    void decryptsWhatItEncryptedAndNeverStoresTheSecretInTheClear() {
        SecretCipher cipher = new SecretCipher(TEST_ONLY_KEY);
        String first = cipher.encrypt(7, SECRET);
        String second = cipher.encrypt(7, SECRET);

        assertThat(first).startsWith("v1:").doesNotContain(SECRET).doesNotContain(SECRET.substring(6))
                .isNotEqualTo(second);
        assertThat(cipher.decrypt(7, first)).isEqualTo(SECRET);
        assertThat(cipher.decrypt(7, second)).isEqualTo(SECRET);
    }

    @Test
    void refusesACiphertextOfAnotherClientOrKeyOrOneThatWasChanged() {
        SecretCipher cipher = new SecretCipher(TEST_ONLY_KEY);
        String sealed = cipher.encrypt(7, SECRET);
        byte[] otherKey = Arrays.copyOf(TEST_ONLY_KEY, 32);
        otherKey[0] = 1;

        assertThatThrownBy(() -> cipher.decrypt(8, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shiftledger.partner.encryption-key");
        assertThatThrownBy(() -> new SecretCipher(otherKey).decrypt(7, sealed))
                .isInstanceOf(IllegalStateException.class);
        char changed = sealed.charAt(10) == 'A' ? 'B' : 'A';
        String tampered = sealed.substring(0, 10) + changed + sealed.substring(11);
        assertThatThrownBy(() -> cipher.decrypt(7, tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(7, "plain")).isInstanceOf(IllegalStateException.class);
    }
}
