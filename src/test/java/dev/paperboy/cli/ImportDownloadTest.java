package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.paperboy.fetch.DailyPapersSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import hf:DATE} and {@code import URL}: download a day, keep the answer in content/listings, import it. */
class ImportDownloadTest {
    private static final String DAY = "2026-08-20";
    private static final byte[] ANSWER = read(Path.of("../shared/listings/hf-api/" + DAY + ".json"));

    @TempDir
    Path site;
    private HttpServer server;
    private final Map<String, Integer> requests = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/daily_papers", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            requests.merge(query, 1, Integer::sum);
            boolean known = ("date=" + DAY + "&limit=100").equals(query);
            exchange.sendResponseHeaders(known ? 200 : 404, known ? ANSWER.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (known) {
                    out.write(ANSWER);
                }
            }
        });
        // The same day in two pages, the first naming the second in a Link header as the API does.
        server.createContext("/paged/daily_papers", exchange -> {
            boolean second = exchange.getRequestURI().getQuery().endsWith("&p=1");
            List<JsonNode> items = new ArrayList<>();
            new ObjectMapper().readTree(ANSWER).forEach(items::add);
            byte[] page = new ObjectMapper().writeValueAsBytes(second ? items.subList(10, items.size())
                    : items.subList(0, 10));
            if (!second) {
                exchange.getResponseHeaders().add("Link", "</paged/daily_papers?date=" + DAY + "&limit=10&p=1>;"
                        + " rel=\"next\"");
            }
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void downloadsADayKeepsTheAnswerUnchangedAndReimportsItWithoutTheNetwork() throws IOException {
        CliRun run = CliRun.of("import", "-C", site.toString(), api() + "?date=" + DAY);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertArrayEquals(ANSWER, Files.readAllBytes(site.resolve("content/listings/hf-" + DAY + ".json")));
        assertEquals(15, paperFiles().size());
        assertTrue(run.out().startsWith("content/listings/hf-" + DAY + ".json: 15 entries, dates from the JSON\n"),
                run.out());

        server.stop(0);
        CliRun again = CliRun.of("import", "-C", site.toString(), "content/listings/hf-" + DAY + ".json");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("papers: 0 created, 0 updated, 15 unchanged"), again.out());
    }

    @Test
    void importsEveryPageOfADayTheApiAnswersInPages() throws IOException {
        String paged = "http://127.0.0.1:" + server.getAddress().getPort() + "/paged/daily_papers";
        CliRun run = CliRun.of("import", "-C", site.toString(), paged + "?date=" + DAY + "&limit=10");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(15, paperFiles().size());
        assertEquals(15, new ObjectMapper().readTree(site.resolve("content/listings/hf-" + DAY + ".json").toFile())
                .size());
        assertTrue(run.out().startsWith("content/listings/hf-" + DAY + ".json: 15 entries, dates from the JSON\n"),
                run.out());
    }

    @Test
    void aDryRunDownloadsButWritesNothing() {
        CliRun run = CliRun.of("import", "-C", site.toString(), "--dry-run", api() + "?date=" + DAY);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("would create content/listings/hf-" + DAY + ".json"), run.out());
        assertTrue(run.out().contains("dry run, nothing written: papers: 15 created"), run.out());
        assertFalse(Files.exists(site.resolve("content")));
    }

    @Test
    void reportsAFailedDownloadInOneLineAndStillImportsTheRest() throws IOException {
        Files.writeString(site.resolve("good.json"), "[{\"paper\": {\"title\": \"A Good Paper\","
                + " \"submittedOnDailyAt\": \"2026-08-21\"}}]");
        CliRun run = CliRun.of("import", "-C", site.toString(), api() + "?date=2026-08-19", "good.json");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("hf:2026-08-19: error: " + api() + "?date=2026-08-19&limit=100 answered HTTP 404, not 200"
                + " (check the address)"), run.errLines());
        assertEquals(List.of("a-good-paper.md"), paperFiles());
        assertFalse(Files.exists(site.resolve("content/listings/hf-2026-08-19.json")));
    }

    @Test
    void refusesADayThatDoesNotExistAsAUsageError() {
        CliRun run = CliRun.of("import", "-C", site.toString(), "hf:2026-02-30");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("paperboy import: error: \"hf:2026-02-30\" names no valid day: 30 February does not"
                + " exist", "Run 'paperboy import --help' for usage."), run.errLines());
        assertEquals(0, requests.size());
    }

    /** The launcher's environment variable, in a process of its own as a user runs it. */
    @Test
    void asksTheAddressInPaperboyHfApiUrlForAnHfDay() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", "-C", site.toString(), "hf:" + DAY).redirectErrorStream(true);
        builder.environment().put(DailyPapersSource.BASE_URL_VARIABLE, api());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertEquals(Map.of("date=" + DAY + "&limit=100", 1), requests);
        assertEquals(15, paperFiles().size());
    }

    private String api() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/daily_papers";
    }

    private List<String> paperFiles() throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("content/papers"))) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
