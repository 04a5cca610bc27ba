package com.shiftledger.app.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** {@link PushGateway} of the embedded default: push notifications are logged, nothing leaves the machine. */
class LoggingPushGateway implements PushGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingPushGateway.class);

    @Override
    public void push(String deviceToken, String title, String body, Map<String, String> data) {
        log.info("Push notification (logged, not sent): {} - {} {}", title, body, data);
    }
}
