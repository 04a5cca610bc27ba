package com.shiftledger.virtualaccount;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Razorpay's API on this machine, for the Razorpay Java SDK the application really uses: the SDK's
 * HTTP client (a static of its {@code ApiUtils}) is given an interceptor that sends each request, built by the SDK as
 * for {@code https://api.razorpay.com}, to this server instead. Every request is recorded; each answer is the one set
 * for its method and path.
 */
final class FakeRazorpay implements AutoCloseable {

    /** A request as the SDK sent it. */
    record Received(String method, String path, String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    private record Answer(int status, String body) {
    }

    FakeRazorpay() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Sends the SDK's requests here; to be called after the application made its {@code RazorpayClient}s. */
    void captureTheSdk() throws ReflectiveOperationException {
        int port = server.getAddress().getPort();
        Interceptor toThisServer = chain -> {
            Request request = chain.request();
            HttpUrl local = request.url().newBuilder().scheme("http").host("127.0.0.1").port(port).build();
            return chain.proceed(request.newBuilder().url(local).build());
        };
        OkHttpClient client = new OkHttpClient.Builder().addInterceptor(toThisServer)
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build();
        Field field = Class.forName("com.razorpay.ApiUtils").getDeclaredField("client");
        field.setAccessible(true);
        field.set(null, client);
    }

    void answer(String method, String path, int status, String body) {
        answers.put(method + " " + path, new Answer(status, body));
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path, new Answer(404,
                "{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"The requested URL was not found on the "
                        + "server.\"}}"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
