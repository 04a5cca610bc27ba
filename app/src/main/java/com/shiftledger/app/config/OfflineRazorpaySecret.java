package com.shiftledger.app.config;

import com.shiftledger.command.wallet.RazorpayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Gives the offline checkout a key secret to sign with: when {@code shiftledger.razorpay.offline-checkout} is on (the
 * embedded default) in offline mode (no key id) and no key secret is set, the Razorpay settings get a random secret
 * for this run before any bean reads them. The payment gateway then checks signatures with the secret the checkout
 * signs with. With a key id, an own secret or the checkout off it changes nothing.
 */
public class OfflineRazorpaySecret implements BeanPostProcessor, EnvironmentAware {

    static final String CHECKOUT_PROPERTY = "shiftledger.razorpay.offline-checkout";
    private static final Logger log = LoggerFactory.getLogger(OfflineRazorpaySecret.class);
    private static final int SECRET_BYTES = 24;

    private boolean checkout;

    public OfflineRazorpaySecret() {
    }

    @Override
    public void setEnvironment(Environment environment) {
        checkout = environment.getProperty(CHECKOUT_PROPERTY, Boolean.class, false);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RazorpayProperties properties && checkout && properties.isOffline()
                && (properties.keySecret() == null || properties.keySecret().isBlank())) {
            byte[] secret = new byte[SECRET_BYTES];
            new SecureRandom().nextBytes(secret);
            log.info("Razorpay offline mode: payments are signed with a key secret made for this run; "
                    + "the offline test checkout at /dev/checkout/{order_id} signs with it");
            return new RazorpayProperties(properties.keyId(), HexFormat.of().formatHex(secret),
                    properties.webhookSecret());
        }
        return bean;
    }
}
