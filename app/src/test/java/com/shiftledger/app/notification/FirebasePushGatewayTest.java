package com.shiftledger.app.notification;

import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Push notifications go through the real Firebase Admin SDK; here its HTTP transport is a local fake, so the
 * request that would reach Firebase Cloud Messaging is seen, and nothing leaves the machine.
 */
class FirebasePushGatewayTest {

    private final List<String> urls = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private FirebaseApp app;

    @AfterEach
    void deleteApp() {
        if (app != null) {
            app.delete();
        }
    }

    private FirebasePushGateway gatewayAnswering(int status, String answer) {
        MockHttpTransport transport = new MockHttpTransport() {
            @Override
            public LowLevelHttpRequest buildRequest(String method, String url) {
                urls.add(method + " " + url);
                return new MockLowLevelHttpRequest(url) {
                    @Override
                    public LowLevelHttpResponse execute() throws IOException {
                        ByteArrayOutputStream body = new ByteArrayOutputStream();
                        getStreamingContent().writeTo(body);
                        bodies.add(body.toString(StandardCharsets.UTF_8));
                        return new MockLowLevelHttpResponse().setStatusCode(status)
                                .setContentType("application/json").setContent(answer);
                    }
                };
            }
        };
        GoogleCredentials credentials = GoogleCredentials.create(
                new AccessToken("test-only-access-token", new Date(System.currentTimeMillis() + 3_600_000)));
        FirebaseOptions options = FirebaseOptions.builder()
                .setCredentials(credentials)
                .setProjectId("shiftledger-test")
                .setHttpTransport(transport)
                .build();
        app = FirebaseApp.initializeApp(options, "push-test-" + System.nanoTime());
        return new FirebasePushGateway(app);
    }

    @Test
    void aPushIsSentToTheDeviceThroughFirebaseCloudMessaging() {
        FirebasePushGateway gateway = gatewayAnswering(200, "{\"name\": \"projects/shiftledger-test/messages/1\"}");

        gateway.push("device-token-1", "Application accepted", "You are booked for ICU cover.",
                Map.of("shift_id", "42", "type", "shift_application"));

        assertThat(urls).containsExactly(
                "POST https://fcm.googleapis.com/v1/projects/shiftledger-test/messages:send");
        assertThat(bodies.get(0))
                .contains("\"token\":\"device-token-1\"")
                .contains("\"title\":\"Application accepted\"")
                .contains("\"body\":\"You are booked for ICU cover.\"")
                .contains("\"shift_id\":\"42\"");
    }

    @Test
    void aRefusedPushIsLoggedAndDoesNotFailTheCaller() {
        FirebasePushGateway gateway = gatewayAnswering(404, "{\"error\": {\"code\": 404, "
                + "\"message\": \"Requested entity was not found.\", \"status\": \"NOT_FOUND\", \"details\": "
                + "[{\"@type\": \"type.googleapis.com/google.firebase.fcm.v1.FcmError\", "
                + "\"errorCode\": \"UNREGISTERED\"}]}}");

        assertThatCode(() -> gateway.push("stale-token", "Title", "Body", Map.of())).doesNotThrowAnyException();
        assertThat(urls).hasSize(1);
    }
}
