package com.shiftledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP/1.1 with the JDK client, as the apps reach the API. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final Duration timeout;

    Http(int port, Duration timeout) {
        this.base = "http://127.0.0.1:" + port;
        this.timeout = timeout;
    }

    /** An answer: its status and its body (an empty object when there is none or it is not JSON). */
    record Response(int status, JsonNode body) {

        JsonNode data() {
            return body.path("data");
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        Response require(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + ": " + body);
            }
            return this;
        }
    }

    Response get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token, timeout).GET().build());
    }

    Response get(String path, String token, Duration longTimeout) throws IOException, InterruptedException {
        return send(request(path, token, longTimeout).GET().build());
    }

    Response post(String path, String token, Object body) throws IOException, InterruptedException {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return send(request(path, token, timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /**
     * One number of a large answer, {@code data.<field>}, read as the body streams by (the ledger's accounts of a
     * large store do not need to be held in memory to read their sum).
     */
    java.math.BigDecimal dataField(String path, String token, Duration longTimeout, String field)
            throws IOException, InterruptedException {
        HttpResponse<java.io.InputStream> response = client.send(request(path, token, longTimeout).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (java.io.InputStream body = response.body();
             com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(body)) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            int depth = 0;
            String name = null;
            com.fasterxml.jackson.core.JsonToken next;
            java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();
            while ((next = parser.nextToken()) != null) {
                switch (next) {
                    case START_OBJECT, START_ARRAY -> {
                        names.push(name == null ? "" : name);
                        depth++;
                        name = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        names.pop();
                        name = null;
                    }
                    case FIELD_NAME -> name = parser.currentName();
                    default -> {
                        if (depth == 2 && "data".equals(names.peek()) && field.equals(name)) {
                            return parser.getDecimalValue();
                        }
                        name = null;
                    }
                }
            }
        }
        throw new IllegalStateException(path + " has no data." + field);
    }

    /** The status only (the body is read and dropped): the cheapest call for a load loop. */
    int getStatus(String path, String token) throws IOException, InterruptedException {
        return client.send(request(path, token, timeout).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** True when {@code /actuator/health} answers UP. */
    boolean healthy() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest.Builder request(String path, String token, Duration requestTimeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), parse(response.body()));
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
