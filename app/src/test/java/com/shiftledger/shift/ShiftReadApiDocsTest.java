package com.shiftledger.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.shiftledger.support.Api;
import com.shiftledger.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every read endpoint of shifts, refunds and earnings is in the OpenAPI document, with its summary. */
class ShiftReadApiDocsTest extends IntegrationTest {

    private static final Map<String, String> ENDPOINTS = Map.ofEntries(
            Map.entry("/api/v1/hospital/fetch-shifts", "post"),
            Map.entry("/api/v1/hospital/shifts/{id}", "get"),
            Map.entry("/api/v1/hospital/shifts-completed", "get"),
            Map.entry("/api/v1/hospital/shifts/{id}/applications", "get"),
            Map.entry("/api/v1/hospital/applications/{id}", "get"),
            Map.entry("/api/v1/hospital/attendances", "get"),
            Map.entry("/api/v1/hospital/wallet/refunds", "get"),
            Map.entry("/api/v1/professional/shifts", "get"),
            Map.entry("/api/v1/professional/shifts/{id}", "get"),
            Map.entry("/api/v1/professional/shifts-upcoming", "get"),
            Map.entry("/api/v1/professional/shifts-completed", "get"),
            Map.entry("/api/v1/professional/my-applications", "get"),
            Map.entry("/api/v1/professional/my-attendance", "get"),
            Map.entry("/api/v1/professional/earnings", "get"));

    @Test
    void everyReadEndpointIsDocumented() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.body().path("paths");
        ENDPOINTS.forEach((path, method) -> {
            JsonNode operation = paths.path(path).path(method);
            assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
            assertThat(operation.path("summary").asText()).as(method + " " + path).isNotBlank();
        });
    }
}
