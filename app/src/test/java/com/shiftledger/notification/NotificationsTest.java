package com.shiftledger.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import com.shiftledger.support.ShiftScenarios;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events become notifications of the seed's categories in each user's own list, pushed to their device. */
class NotificationsTest extends IntegrationTest {

    @Test
    void applicationsAndDecisionsNotifyTheOtherSideAndTheListIsEachUsersOwn() {
        Party hospital = registerHospital();
        topUp(hospital, "5000");
        Party nurse = registerProfessional("nurse");
        Api.Response login = api.post("/api/v1/auth/login", null, Map.of("email", nurse.email(),
                "password", "Secret@123", "fcm_token", "nurse-device-token", "device_type", "android"));
        assertThat(login.status()).isEqualTo(200);
        Map<String, Object> shift = new HashMap<>(ShiftScenarios.futureShift("nurse", "fixed", "800", 1));
        shift.put("status", "published");
        long shiftId = api.post("/api/v1/hospital/shifts", hospital.token(), shift).data().path("id").asLong();
        long applicationId = api.post("/api/v1/professional/shifts/" + shiftId + "/apply", nurse.token(), "{}")
                .data().path("id").asLong();
        api.post("/api/v1/hospital/shifts/" + shiftId + "/applications/" + applicationId, hospital.token(),
                Map.of("action", "accept"));

        JsonNode nurseList = awaitNotification(nurse, "Application accepted");
        JsonNode hospitalList = awaitNotification(hospital, "New application");
        JsonNode accepted = find(nurseList, "Application accepted");
        assertThat(accepted.path("type").asText()).isEqualTo("shift_application");
        assertThat(accepted.path("data").path("shift_id").asText()).isEqualTo(String.valueOf(shiftId));
        assertThat(accepted.path("is_read").asBoolean()).isFalse();
        assertThat(find(nurseList, "New shift available").path("type").asText()).isEqualTo("new_shift");
        assertThat(find(hospitalList, "New application").path("type").asText()).isEqualTo("shift_application");
        // pushed after the notification is stored, by its own scheduled task
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Long pushed = jdbc.queryForObject("select count(*) from notification n join user_account u "
                    + "on u.id = n.user_id where u.email = ? and n.pushed_at is not null", Long.class, nurse.email());
            assertThat(pushed).isPositive();
        });

        long unread = api.get("/api/v1/common/notifications/unread-count", nurse.token()).data()
                .path("unread_count").asLong();
        long id = accepted.path("id").asLong();
        assertThat(api.raw("PATCH", "/api/v1/common/notifications/" + id + "/read", hospital.token(), null, null)
                .status()).isEqualTo(404);
        Api.Response read = api.raw("PATCH", "/api/v1/common/notifications/" + id + "/read", nurse.token(), null,
                null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.data().path("is_read").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/common/notifications/unread-count", nurse.token()).data().path("unread_count")
                .asLong()).isEqualTo(unread - 1);
        assertThat(api.post("/api/v1/common/notifications/mark-all-read", nurse.token(), "{}").status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/common/notifications/unread-count", nurse.token()).data().path("unread_count")
                .asLong()).isZero();
        assertThat(api.get("/api/v1/common/notifications?unread_only=true", nurse.token()).data()).isEmpty();
        assertThat(api.get("/api/v1/common/notifications", null).status()).isEqualTo(401);
    }

    private JsonNode awaitNotification(Party party, String title) {
        JsonNode[] list = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            list[0] = api.get("/api/v1/common/notifications", party.token()).data();
            assertThat(find(list[0], title)).isNotNull();
        });
        return list[0];
    }

    private static JsonNode find(JsonNode list, String title) {
        for (JsonNode notification : list) {
            if (notification.path("title").asText().equals(title)) {
                return notification;
            }
        }
        return null;
    }
}
