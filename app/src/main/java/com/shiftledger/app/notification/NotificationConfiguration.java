package com.shiftledger.app.notification;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
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

    /** The db-scheduler task that sends one stored notification to its user's device. */
    @Bean
    OneTimeTask<Void> pushNotificationTask(PushDelivery delivery) {
        return Tasks.oneTime(PushDelivery.TASK).execute((instance, context) -> delivery.deliver(instance.getId()));
    }

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
