package com.shiftledger.ops;

import com.shiftledger.app.config.OfflineRazorpaySecret;
import com.shiftledger.command.wallet.RazorpayProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline checkout's key secret: made per run only in offline mode with the checkout on and no own secret. */
class OfflineRazorpaySecretTest {

    private static final RazorpayProperties OFFLINE = new RazorpayProperties("", "", "");

    @Test
    void offlineWithTheCheckoutAndNoSecretGetsASecretOfItsOwnPerRun() {
        RazorpayProperties first = (RazorpayProperties) processor(true).postProcessAfterInitialization(OFFLINE, "p");
        RazorpayProperties second = (RazorpayProperties) processor(true).postProcessAfterInitialization(OFFLINE, "p");
        assertThat(first.keySecret()).matches("[0-9a-f]{48}");
        assertThat(second.keySecret()).matches("[0-9a-f]{48}").isNotEqualTo(first.keySecret());
        assertThat(first.isOffline()).isTrue();
        assertThat(first.webhookSecret()).isEmpty();
    }

    @Test
    void anOwnSecretAKeyIdOrNoCheckoutChangeNothing() {
        RazorpayProperties ownSecret = new RazorpayProperties("", "local-demo-secret", "");
        RazorpayProperties live = new RazorpayProperties("rzp_test_abc", "", "");
        assertThat(processor(true).postProcessAfterInitialization(ownSecret, "p")).isSameAs(ownSecret);
        assertThat(processor(true).postProcessAfterInitialization(live, "p")).isSameAs(live);
        assertThat(processor(false).postProcessAfterInitialization(OFFLINE, "p")).isSameAs(OFFLINE);
        Object other = new Object();
        assertThat(processor(true).postProcessAfterInitialization(other, "p")).isSameAs(other);
    }

    private static OfflineRazorpaySecret processor(boolean checkout) {
        OfflineRazorpaySecret processor = new OfflineRazorpaySecret();
        processor.setEnvironment(new MockEnvironment()
                .withProperty("shiftledger.razorpay.offline-checkout", Boolean.toString(checkout)));
        return processor;
    }
}
