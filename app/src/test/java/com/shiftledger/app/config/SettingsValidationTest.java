package com.shiftledger.app.config;

import com.shiftledger.app.identity.AdminProperties;
import com.shiftledger.app.identity.AuthProperties;
import com.shiftledger.app.notification.FirebaseProperties;
import com.shiftledger.app.web.LimitProperties;
import com.shiftledger.command.wallet.RazorpayProperties;
import com.shiftledger.command.web.MoneyLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code shiftledger.*} setting is checked at start: a value outside its range stops the start with a message
 * that names the setting, and for values that are not secret the value and the allowed range.
 */
class SettingsValidationTest {

    @Configuration
    @EnableConfigurationProperties({PlatformProperties.class, MoneyLimits.class, RazorpayProperties.class,
            AdminProperties.class, FirebaseProperties.class, AuthProperties.class, LimitProperties.class})
    static class AllSettings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(AllSettings.class);

    @Test
    void theDefaultsStart() {
        context.run(started -> assertThat(started).hasNotFailed());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "shiftledger.fees.service-charge-percent|-50|from 0 to 100",
        "shiftledger.fees.service-charge-percent|250|from 0 to 100",
        "shiftledger.fees.refund-fee-percent|100.5|from 0 to 100",
        "shiftledger.refund.hold-period|-P7D|at most P90D",
        "shiftledger.refund.hold-period|P400D|at most P90D",
        "shiftledger.sos.tiers[0].extra-pay-percent|0|above 0 and at most 100",
        "shiftledger.money.max-operation-amount|0|from 1 to 1000000000",
        "shiftledger.money.max-operation-amount|-5|from 1 to 1000000000",
        "shiftledger.money.max-operation-amount|10.005|at most 2 decimal places",
        "shiftledger.auth.token-ttl|-P1D|from PT5M to P365D",
        "shiftledger.auth.token-ttl|P1000D|from PT5M to P365D",
        "shiftledger.auth.login.max-failures-per-account|0|from 1 to 1000",
        "shiftledger.auth.login.max-failures-per-address|-1|from 1 to 100000",
        "shiftledger.auth.login.lockout|PT0S|from PT1S to P1D",
        "shiftledger.limits.money-requests-per-minute|0|from 1 to 100000",
        "shiftledger.razorpay.key-id|live-key|rzp_test_ or rzp_live_",
        "shiftledger.admin.email|not-an-email|an email address",
        "shiftledger.firebase.credentials-file|/no/such/file.json|readable service account JSON file",
    })
    void aValueOutsideItsRangeStopsTheStartNamingTheSetting(String setting, String value, String range) {
        String[] properties = setting.startsWith("shiftledger.sos.tiers[0]")
                ? new String[] {setting + "=" + value, "shiftledger.sos.tiers[0].key=k",
                        "shiftledger.sos.tiers[0].minutes=30"}
                : setting.equals("shiftledger.admin.email")
                ? new String[] {setting + "=" + value, "shiftledger.admin.password=Secret@123"}
                : new String[] {setting + "=" + value};
        context.withPropertyValues(properties).run(started -> {
            assertThat(started).hasFailed();
            Throwable root = started.getStartupFailure();
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root.getMessage()).contains(setting).contains(value).contains(range);
        });
    }

    @Test
    void aSecretOutsideItsRangeIsNamedButNotShown() {
        String secret = "s".repeat(300);
        context.withPropertyValues("shiftledger.razorpay.webhook-secret=" + secret).run(started -> {
            assertThat(started).hasFailed();
            Throwable root = started.getStartupFailure();
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root.getMessage()).contains("shiftledger.razorpay.webhook-secret").doesNotContain(secret);
        });
    }
}
