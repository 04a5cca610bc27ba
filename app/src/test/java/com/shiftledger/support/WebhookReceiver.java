package com.shiftledger.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner's webhook endpoint on this machine, for the tests: a real HTTP server on a random port of 127.0.0.1 that
 * records every request it receives (path, headers, the raw body) and answers 200, or 500 for as many requests as
 * it is told to fail; it can be stopped for a while and started again on the same port.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived: the path, its headers by lower-case name, the body exactly as sent. */
    public record Received(String path, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile boolean failingAlways;
    private HttpServer server;
    private int port;

    private WebhookReceiver() {
    }

    public static WebhookReceiver start() {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.listen(0);
        return receiver;
    }

    /** The URL of a path on this receiver, for example {@code url("/hooks/12")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The next {@code count} requests are answered 500 (and recorded). */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Every request is answered 500 until {@link #answerOk()}. */
    public void failAlways() {
        failingAlways = true;
    }

    public void answerOk() {
        failingAlways = false;
        failuresLeft.set(0);
    }

    /** Stops listening: connections are refused until {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listens again on the same port. */
    public synchronized void restart() {
        if (server == null) {
            listen(port);
        }
    }

    /** Every request received on the path, in the order they arrived. */
    public List<Received> receivedOn(String path) {
        List<Received> onPath = new ArrayList<>();
        received.stream().filter(request -> request.path().equals(path)).forEach(onPath::add);
        return onPath;
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        } catch (IOException e) {
            throw new IllegalStateException("The webhook receiver cannot listen on port " + onPort, e);
        }
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
            boolean fail = failingAlways || failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
            byte[] answer = (fail ? "receiver is failing on purpose" : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }
}
