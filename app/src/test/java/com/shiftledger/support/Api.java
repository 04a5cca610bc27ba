package com.shiftledger.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the tests: JSON in, status and JSON out, as the apps see the API. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** An answer: the HTTP status and the parsed body. */
    public record Response(int status, JsonNode body, Map<String, String> headers) {

        public JsonNode data() {
            return body.path("data");
        }

        public String text(String path) {
            JsonNode node = body;
            for (String part : path.split("\\.")) {
                node = node.path(part);
            }
            return node.asText();
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    public Response post(String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw : write(body)));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The headers a partner client authenticates with on {@code /partner/v1}. */
    public static Map<String, String> partnerKey(long clientId, String apiKey) {
        return Map.of("X-CLIENT-ID", String.valueOf(clientId), "X-API-KEY", apiKey);
    }

    /** The body of a GET exactly as it came, for answers whose bytes matter. */
    public String getText(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, null).GET();
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("Request " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public Response get(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * Sends exactly the given bytes: any method, any body (null for none), any content type (null for none), for
     * requests a well-behaved app would never make.
     */
    public Response raw(String method, String path, String token, String body, String contentType) {
        HttpRequest.Builder request = request(path, token).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /**
     * Sends the body without a {@code Content-Length} (chunked transfer encoding), as a client streaming a body
     * of unknown length does.
     */
    public Response chunked(String method, String path, String token, byte[] body, String contentType,
                            Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token).method(method,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw : write(body))).build());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = parse(response.body());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            return new Response(response.statusCode(), body, headers);
        } catch (IOException e) {
            throw new IllegalStateException("Request " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The body as JSON; a body that is not JSON becomes a text node, so that an assertion shows it. */
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

    public static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
