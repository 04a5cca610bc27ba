package com.shiftledger.app.partner;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two webhook signatures against published vectors. */
class WebhookSignerTest {

    /** The signing vector of the Standard Webhooks reference libraries (libraries/java WebhookTest). */
    static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long SPEC_TIMESTAMP = 1614265330;
    static final String SPEC_BODY = "{\"test\": 2432232314}";
    static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsAsTheStandardWebhooksSpecificationsVectorSays() {
        assertThat(WebhookSigner.standardSignature(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void listsOneSignaturePerSecretNewestFirstSeparatedBySpaces() {
        String other = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        String both = WebhookSigner.standardSignatures(List.of(other, SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP,
                SPEC_BODY);
        assertThat(both.split(" ")).containsExactly(
                WebhookSigner.standardSignature(other, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY), SPEC_SIGNATURE);
    }

    /** RFC 4231, test case 2: HMAC-SHA256 of "what do ya want for nothing?" keyed with "Jefe". */
    @Test
    void theBodySignatureIsTheLowercaseHexHmacOfTheBodyKeyedWithTheSecretsText() {
        assertThat(WebhookSigner.bodySignature("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
