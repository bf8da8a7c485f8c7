package dev.paperboy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.publish.TestSite;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole preview: a temporary site served on a free port, edited on disk while a page listens for reloads. */
class PreviewTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private TestSite site;
    private Preview preview;
    private final Recorder recorder = new Recorder();
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void serveASmallSite() throws Exception {
        site = TestSite.in(temp)
                .paper("a", "title: Paper A\nthemes: [optimization]", "First notes.\n")
                .paper("b", "title: Paper B")
                .digest("2024-01-01", "a", "b");
        preview = Preview.start(new ServeOptions(temp, "127.0.0.1", 0, false, Duration.ofMillis(50), TestSite.CLOCK),
                RelatedPapersFinder.NONE, recorder);
    }

    private static final class Recorder implements Preview.Listener {
        private final List<RuntimeException> crashes = new CopyOnWriteArrayList<>();

        @Override
        public void rebuilt(Rebuild result, List<String> saved) {
            // the pages tell
        }

        @Override
        public void crashed(RuntimeException error) {
            crashes.add(error);
        }
    }

    @AfterEach
    void stop() {
        preview.close();
        assertEquals(List.of(), recorder.crashes);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(preview.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the page answers as expected, since the rebuild happens on the watcher's thread. */
    private HttpResponse<String> awaitPage(String path, Predicate<HttpResponse<String>> expected) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> response = get(path);
        while (!expected.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(path);
        }
        return response;
    }

    /**
     * Data lines of reload events, as an open page receives them. Read on another thread: a response that arrived
     * before thenAccept would make the caller read the endless event stream itself.
     */
    private BlockingQueue<String> listenForReloads() throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        client.sendAsync(HttpRequest.newBuilder(URI.create(preview.url() + "__paperboy/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response -> {
                    try (Stream<String> body = response.body()) {
                        body.filter(line -> line.startsWith("data:")).forEach(lines::add);
                    } catch (RuntimeException closed) {
                        // the server stopped
                    }
                });
        Thread.sleep(200); // let the subscription reach the server before anything changes
        return lines;
    }

    @Test
    void anEditedPaperIsServedAgainAndItsPageToldToReload() throws Exception {
        HttpResponse<String> first = get("/papers/a/");
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("First notes."));
        BlockingQueue<String> reloads = listenForReloads();

        site.paper("a", "title: Paper A\nthemes: [optimization]", "Second notes.\n");

        HttpResponse<String> second = awaitPage("/papers/a/", response -> response.body().contains("Second notes."));
        assertTrue(second.body().contains("Second notes."), second.body());
        String reload = reloads.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        while (reload != null && !reload.equals("data: /papers/a/")) {
            reload = reloads.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        assertEquals("data: /papers/a/", reload);
        assertFalse(Files.readString(temp.resolve(ServeOptions.OUTPUT).resolve("papers/a/index.html"))
                .contains(LiveReload.EVENTS_PATH), "the reload script is added when serving, never written");
    }

    @Test
    void brokenFrontMatterShowsTheErrorPageUntilTheFileIsFixed() throws Exception {
        site.file("content/papers/b.md", "---\ntitle: Paper B\nupvotes: many\n---\n");
        HttpResponse<String> failing = awaitPage("/papers/a/", response -> response.statusCode() == 500);
        assertEquals(500, failing.statusCode());
        assertTrue(failing.body().contains("content/papers/b.md:3:"), failing.body());

        site.paper("b", "title: Paper B\nupvotes: 12");
        HttpResponse<String> fixed = awaitPage("/papers/b/", response -> response.statusCode() == 200);
        assertEquals(200, fixed.statusCode());
        assertTrue(fixed.body().contains("12"));
    }

    @Test
    void theNotFoundPageIsStyledAndLinksIntoThePreviewWhateverTheBaseUrl() throws Exception {
        HttpResponse<String> missing = get("/papers/nowhere/");
        assertEquals(404, missing.statusCode());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(missing.body());
        String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(stylesheet.startsWith("/assets/"), stylesheet);
        assertEquals(200, get(stylesheet).statusCode());
        List<String> links = page.select("main a[href]").eachAttr("href");
        assertTrue(links.contains("/archive/"), links.toString());
        for (String link : links) {
            assertEquals(200, get(link).statusCode(), link);
        }
    }

    @Test
    void closingStopsTheWatcherAndTheServerThreads() throws Exception {
        int port = URI.create(preview.url()).getPort();
        preview.close();
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (threadsAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(threadsAlive(), "paperboy-watch and paperboy-serve threads end");
        preview.close();
    }

    private static boolean threadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("paperboy-watch") || thread.getName().equals("paperboy-serve"));
    }

    @Test
    void aBusyPortIsReportedBeforeAnyBuild() throws IOException {
        int port = URI.create(preview.url()).getPort();
        assertThrows(PreviewServer.PortInUseException.class, () -> Preview.start(
                new ServeOptions(temp, "127.0.0.1", port, false, Duration.ofMillis(50), TestSite.CLOCK),
                RelatedPapersFinder.NONE, new Recorder()));
    }
}
