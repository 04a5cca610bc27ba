package com.shiftledger.app.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Firebase settings, {@code shiftledger.firebase.*}: the service account JSON file push notifications are sent
 * with. Without one, push notifications are logged instead of sent.
 */
@ConfigurationProperties("shiftledger.firebase")
record FirebaseProperties(String credentialsFile) {

    boolean isConfigured() {
        return credentialsFile != null && !credentialsFile.isBlank();
    }
}
