package com.shiftledger.app.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Firebase settings, {@code shiftledger.firebase.*}: the service account JSON file push notifications are sent
 * with. Without one, push notifications are logged instead of sent. A file that is given must exist and be readable,
 * or the start stops with a message naming the setting.
 */
@ConfigurationProperties("shiftledger.firebase")
public record FirebaseProperties(String credentialsFile) {

    public FirebaseProperties {
        if (credentialsFile != null && !credentialsFile.isBlank()) {
            boolean readable;
            try {
                Path file = Path.of(credentialsFile);
                readable = Files.isRegularFile(file) && Files.isReadable(file);
            } catch (InvalidPathException e) {
                readable = false;
            }
            if (!readable) {
                throw new IllegalArgumentException("shiftledger.firebase.credentials-file is " + credentialsFile
                        + "; it must be empty (pushes are logged) or a readable service account JSON file");
            }
        }
    }

    boolean isConfigured() {
        return credentialsFile != null && !credentialsFile.isBlank();
    }
}
