package com.shiftledger.app.notification;

import java.util.Map;

/** Sends a push notification to one device. Delivery is best effort: the in-app list is what counts. */
interface PushGateway {

    void push(String deviceToken, String title, String body, Map<String, String> data);
}
