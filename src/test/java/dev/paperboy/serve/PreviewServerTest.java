package dev.paperboy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {
    @TempDir
    Path temp;

    private Path root;
    private PreviewServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void serveASmallSite() throws Exception {
        root = Files.createDirectories(temp.resolve("site"));
        Files.createDirectories(root.resolve("papers/a"));
        Files.writeString(root.resolve("index.html"), "<html><body><h1>Home</h1></body></html>");
        Files.writeString(root.resolve("papers/a/index.html"), "<html><body>Paper A</body></html>");
        Files.writeString(root.resolve("404.html"), "<html><body>Lost</body></html>");
        Files.writeString(root.resolve("feed.xml"), "<rss/>");
        Files.writeString(root.resolve("papers/a/a.bib"), "@misc{m\u00fcller2024a,\n}\n");
        Files.writeString(temp.resolve("secret.txt"), "secret");
        server = PreviewServer.start(root, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request line byte for byte, since HTTP clients normalise the paths this test needs to send. */
    private String rawStatusLine(String path) throws IOException {
        return rawStatusLine("GET", path, "localhost");
    }

    /** Also sends the Host header as given, which Java's HTTP client does not let a caller choose. */
    private String rawStatusLine(String method, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
        }
    }

    @Test
    void servesIndexHtmlForFolderUrlsWithTheReloadScript() throws Exception {
        HttpResponse<String> response = get("/papers/a/");
        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("Paper A"));
        assertTrue(response.body().contains(LiveReload.EVENTS_PATH));
    }

    @Test
    void redirectsAFolderWithoutTrailingSlash() throws Exception {
        assertTrue(rawStatusLine("/papers/a").contains(" 301 "));
    }

    @Test
    void servesFeedsAsXmlWithoutTheScript() throws Exception {
        HttpResponse<String> response = get("/feed.xml");
        assertEquals("application/xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("<rss/>", response.body());
    }

    @Test
    void servesBibFilesAsUtf8BibtexWithoutTheScript() throws Exception {
        HttpResponse<String> response = get("/papers/a/a.bib");
        assertEquals("application/x-bibtex; charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("@misc{m\u00fcller2024a,\n}\n", response.body());
    }

    @Test
    void answersUnknownPathsWithTheSites404Page() throws Exception {
        HttpResponse<String> response = get("/nothing/here/");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Lost"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/papers/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
        "/papers%2f..%2f..%2fsecret.txt", "/%252e%252e/secret.txt", "/..%5csecret.txt", "/..\\secret.txt",
        "//etc/passwd", "/C:/Windows/win.ini", "/%00index.html"})
    void refusesPathsOutsideTheOutputFolder(String path) throws Exception {
        String status = rawStatusLine(path);
        assertTrue(status.contains(" 400 ") || status.contains(" 404 "), path + " -> " + status);
    }

    @Test
    void refusesSymlinksThatLeaveTheOutputFolder() throws Exception {
        Files.createSymbolicLink(root.resolve("escape.txt"), temp.resolve("secret.txt"));
        assertTrue(rawStatusLine("/escape.txt").contains(" 400 "));
    }

    /** Links {@code folder/index.html} of the served folder to {@code target}, and asks for the folder. */
    private HttpResponse<String> linkedIndex(String folder, Path target) throws Exception {
        Files.createDirectories(root.resolve(folder));
        Files.createSymbolicLink(root.resolve(folder).resolve("index.html"), target);
        return get("/" + folder + "/");
    }

    @Test
    void checksTheIndexAndNotFoundPagesActuallyServedForLinksOutside() throws Exception {
        HttpResponse<String> index = linkedIndex("lnk", temp.resolve("secret.txt"));
        assertEquals(404, index.statusCode());
        assertFalse(index.body().contains("secret"));

        Files.delete(root.resolve("404.html"));
        Files.createSymbolicLink(root.resolve("404.html"), temp.resolve("secret.txt"));
        HttpResponse<String> notFound = get("/nothing/here/");
        assertEquals(404, notFound.statusCode());
        assertEquals("not found\n", notFound.body());
    }

    @Test
    void followsLinksThatStayInTheOutputFolder() throws Exception {
        HttpResponse<String> response = linkedIndex("alias", root.resolve("papers/a/index.html"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Paper A"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "DELETE", "PUT", "OPTIONS"})
    void theEventsPathAnswersOnlyGetAndHead(String method) throws Exception {
        assertTrue(rawStatusLine(method, LiveReload.EVENTS_PATH, "localhost").contains(" 405 "));
        assertTrue(rawStatusLine("HEAD", LiveReload.EVENTS_PATH, "localhost").contains(" 200 "));
        assertEquals(0, server.liveReload().openPages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "127.0.0.1", "127.0.0.1:1234", "[::1]", "[::1]:8080",
        "LOCALHOST"})
    void answersTheHostNamesItIsBoundTo(String host) throws Exception {
        assertTrue(rawStatusLine("GET", "/", host).contains(" 200 "), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.nip.io", ""})
    void refusesOtherHostNamesAgainstDnsRebinding(String host) throws Exception {
        assertTrue(rawStatusLine("GET", "/", host).contains(" 421 "), host);
        assertTrue(rawStatusLine("GET", LiveReload.EVENTS_PATH, host).contains(" 421 "), host);
    }

    @Test
    void answersTheNameGivenToBind() {
        HostNames hosts = new HostNames("preview.lan");
        assertTrue(hosts.allows("preview.lan:8080"));
        assertTrue(hosts.allows("192.168.1.20:8080"));
        assertFalse(hosts.allows("other.lan"));
    }

    @Test
    void closesLiveReloadStreamsOfPagesThatWentAwayAndKeepsFewOpen() throws Exception {
        // One page first, so every class both sides use is loaded (the JVM keeps a jar open once it read a class
        // from it) before the process's descriptors are counted.
        openAndLeavePages(1);
        long baseline = openDescriptors();
        openAndLeavePages(LiveReload.MAX_PAGES + 40);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (openDescriptors() > baseline && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long after = openDescriptors();
        assertTrue(after <= baseline, "file descriptors of this process: " + baseline + " before, " + after
                + " after");
    }

    /** Opens the live-reload stream of this many pages, each left at once, and waits until the server closed all. */
    private void openAndLeavePages(int pages) throws Exception {
        for (int i = 0; i < pages; i++) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("GET " + LiveReload.EVENTS_PATH + " HTTP/1.1\r\nHost: localhost"
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                        .readLine();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.liveReload().openPages() > 0 && System.nanoTime() < deadline) {
            assertTrue(server.liveReload().openPages() <= LiveReload.MAX_PAGES);
            server.liveReload().ping();
            Thread.sleep(20);
        }
        assertEquals(0, server.liveReload().openPages());
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void answersConditionalGetsWithNotModified() throws Exception {
        HttpResponse<String> first = get("/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/", "If-None-Match", etag).statusCode());
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get("/", "If-Modified-Since", lastModified).statusCode());
    }

    @Test
    void answersHeadWithHeadersOnly() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertTrue(response.headers().firstValue("Content-Length").isPresent());
    }

    @Test
    void showsAnEscapedErrorPageWhileTheBuildFailsAndRecovers() throws Exception {
        server.failed(List.of("content/papers/x.md:3: error: bad <script>alert(1)</script>"));
        HttpResponse<String> failing = get("/papers/a/");
        assertEquals(500, failing.statusCode());
        assertTrue(failing.body().contains("content/papers/x.md:3: error: bad &lt;script&gt;"));
        assertFalse(failing.body().contains("<script>alert(1)"));
        server.rebuilt(List.of("/papers/a/"));
        assertEquals(200, get("/papers/a/").statusCode());
    }

    @Test
    void sendsAReloadEventNamingTheChangedPaths() throws Exception {
        CompletableFuture<List<String>> lines = new CompletableFuture<>();
        client.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "__paperboy/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                    try (Stream<String> body = response.body()) {
                        lines.complete(body.filter(line -> line.startsWith("data:")).limit(1).toList());
                    }
                });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!lines.isDone() && System.nanoTime() < deadline) {
            server.rebuilt(List.of("/papers/a/"));
            Thread.sleep(50);
        }
        assertEquals(List.of("data: /papers/a/"), lines.get(1, TimeUnit.SECONDS));
    }

    @Test
    void reportsABusyPortClearly() {
        PreviewServer.PortInUseException error = assertThrows(PreviewServer.PortInUseException.class,
                () -> PreviewServer.start(root, "127.0.0.1", server.port()));
        assertTrue(error.getMessage().contains("in use"));
    }
}
