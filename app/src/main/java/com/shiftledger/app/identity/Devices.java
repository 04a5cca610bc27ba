package com.shiftledger.app.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the device token (Firebase Cloud Messaging) an app registers for its user at login. */
@Service
class Devices {

    private final UserAccountRepository users;

    Devices(UserAccountRepository users) {
        this.users = users;
    }

    @Transactional
    void register(long userId, String fcmToken, String deviceType) {
        users.findById(userId).ifPresent(user -> user.registerDevice(fcmToken, deviceType));
    }
}
