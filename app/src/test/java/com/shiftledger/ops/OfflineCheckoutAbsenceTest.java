package com.shiftledger.ops;

import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline test checkout is absent with the {@code postgres} profile (these tests run on it) and whenever a
 * Razorpay key id is set: its paths answer 404 like any unknown path.
 */
class OfflineCheckoutAbsenceTest extends IntegrationTest {

    private static final String CONTROLLER = "com.shiftledger.command.wallet.OfflineCheckoutController";

    @Test
    void withThePostgresProfileThereIsNoCheckout() {
        Party hospital = registerHospital();
        String orderId = createOrder(hospital, "500");
        assertThat(api.get("/dev/checkout/" + orderId, null).status()).isEqualTo(404);
        assertThat(api.post("/dev/checkout/" + orderId + "/pay", null, "").status()).isEqualTo(404);
        assertThat(api.post("/dev/checkout/" + orderId + "/pay", hospital.token(), "").status()).isEqualTo(404);
    }

    @Test
    void withAKeyIdOrTheCheckoutOffThereIsNoCheckoutInAnyProfile() throws ClassNotFoundException {
        Class<?> controller = Class.forName(CONTROLLER);
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(controller);
        runner.withPropertyValues("shiftledger.razorpay.offline-checkout=true",
                        "shiftledger.razorpay.key-id=rzp_test_1234567890", "shiftledger.razorpay.key-secret=s")
                .run(context -> assertThat(context.getBeansWithAnnotation(RestController.class)).isEmpty());
        runner.withPropertyValues("shiftledger.razorpay.offline-checkout=false")
                .run(context -> assertThat(context.getBeansWithAnnotation(RestController.class)).isEmpty());
        runner.run(context -> assertThat(context.getBeansWithAnnotation(RestController.class)).isEmpty());
    }
}
