package com.shiftledger.app.notification;

import com.google.firebase.FirebaseApp;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** {@link PushGateway} through the Firebase Admin SDK (Firebase Cloud Messaging). */
class FirebasePushGateway implements PushGateway {

    private static final Logger log = LoggerFactory.getLogger(FirebasePushGateway.class);

    private final FirebaseMessaging messaging;

    FirebasePushGateway(FirebaseApp app) {
        this.messaging = FirebaseMessaging.getInstance(app);
    }

    @Override
    public void push(String deviceToken, String title, String body, Map<String, String> data) {
        Message message = Message.builder()
                .setToken(deviceToken)
                .setNotification(Notification.builder().setTitle(title).setBody(body).build())
                .putAllData(data)
                .build();
        try {
            messaging.send(message);
        } catch (FirebaseMessagingException e) {
            log.warn("Push notification \"{}\" not delivered: {}", title, e.getMessagingErrorCode());
        }
    }
}
