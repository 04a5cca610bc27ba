package com.shiftledger.app.notification;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Push through Firebase when a service account is configured, otherwise push notifications are logged. */
@Configuration
@EnableConfigurationProperties(FirebaseProperties.class)
class NotificationConfiguration {

    static final String FIREBASE_APP_NAME = "shiftledger";

    @Bean
    PushGateway pushGateway(FirebaseProperties firebase) throws IOException {
        if (!firebase.isConfigured()) {
            return new LoggingPushGateway();
        }
        try (InputStream credentials = new FileInputStream(firebase.credentialsFile())) {
            FirebaseOptions options = FirebaseOptions.builder()
                    .setCredentials(GoogleCredentials.fromStream(credentials))
                    .build();
            return new FirebasePushGateway(FirebaseApp.initializeApp(options, FIREBASE_APP_NAME));
        }
    }
}
