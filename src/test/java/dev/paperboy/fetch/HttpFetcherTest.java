package dev.paperboy.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.diag.SourcePos;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP client against a local server: the answer, the User-Agent, each failure as one line. */
class HttpFetcherTest {
    private static final SourcePos AT = SourcePos.of("hf:2025-12-02");
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            userAgents.put("/ok", exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] body = "[{\"paper\": {}}]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/busy", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void returnsTheBodyAndNamesPaperboyAndItsVersion() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<byte[]> body = new HttpFetcher("1.2.3").get(uri("/ok"), AT, diagnostics);
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
        assertArrayEquals("[{\"paper\": {}}]".getBytes(StandardCharsets.UTF_8), body.orElseThrow());
        assertTrue(userAgents.get("/ok").startsWith("Paperboy/1.2.3 ("), userAgents.get("/ok"));
    }

    @Test
    void reportsAnAnswerOtherThan200InOneLine() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(new HttpFetcher("1").get(uri("/busy"), AT, diagnostics).isEmpty());
        assertEquals(List.of("hf:2025-12-02: error: " + uri("/busy") + " answered HTTP 503, not 200"
                + " (the service is busy; try again later)"), diagnostics.formatted());
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() {
        Diagnostics diagnostics = new Diagnostics();
        HttpFetcher fetcher = new HttpFetcher("1", Duration.ofSeconds(2), Duration.ofMillis(300));
        assertTrue(fetcher.get(uri("/slow"), AT, diagnostics).isEmpty());
        assertEquals(List.of("hf:2025-12-02: error: no answer from 127.0.0.1 within 300 ms; try again later"),
                diagnostics.formatted());
    }

    @Test
    void saysSoWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Diagnostics diagnostics = new Diagnostics();
        URI closed = URI.create("http://127.0.0.1:" + port + "/x?date=2025-12-02");
        assertTrue(new HttpFetcher("1").get(closed, AT, diagnostics).isEmpty());
        assertEquals(List.of("hf:2025-12-02: error: cannot connect to 127.0.0.1:" + port + " for " + closed
                + " (offline, or no such host?)"), diagnostics.formatted());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
