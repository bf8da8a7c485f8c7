package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paperboy.arxiv.ArxivAtom;
import dev.paperboy.arxiv.ArxivClient;
import dev.paperboy.arxiv.Pacer;
import dev.paperboy.content.ContentStore;
import dev.paperboy.content.Paper;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code paperboy resolve} against a local server that answers as arXiv's API does. */
class ResolveCommandTest {
    private static final String EXACT = "Scaling Laws for Sparse Mixture of Experts";
    private static final String LATEX = "Schrödinger Bridges Meet α-Divergences";
    private static final String NEAR_MISS = "Learning to Reason with Small Models";
    private static final String SEVERAL = "Attention Is All You Need";
    private static final String NONE = "A Paper arXiv Never Heard Of";
    /** Long enough for a first request on a busy machine; the slow answer comes far later. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path site;
    private HttpServer server;
    private ExecutorService handlers;
    /** What the server answers, by the query's decoded search_query or id_list. */
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> asked = Collections.synchronizedList(new ArrayList<>());
    private final List<Instant> askedAt = Collections.synchronizedList(new ArrayList<>());
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private final FakeTime time = new FakeTime();

    private record Answer(int status, String body, Duration delay) {
        static Answer ok(String body) {
            return new Answer(200, body, Duration.ZERO);
        }
    }

    /** A clock that moves only when the rate limit pauses: no test waits three seconds. */
    private static final class FakeTime implements InstantSource, Pacer.Pause {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-12-01T12:00:00Z"));
        private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public void sleep(Duration duration) {
            pauses.add(duration);
            now.updateAndGet(instant -> instant.plus(duration));
        }
    }

    @BeforeEach
    void startServer() throws IOException {
        handlers = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/api/query", this::answer);
        server.start();
        answers.put(title(EXACT), Answer.ok(ArxivAtom.feed(2,
                ArxivAtom.entry("2511.18538v2", EXACT.toLowerCase(java.util.Locale.ROOT), "Ada Lovelace", "Alan Turing"),
                ArxivAtom.entry("2511.00001v1", EXACT + ": A Reply", "Someone Else"))));
        answers.put(title(LATEX), Answer.ok(ArxivAtom.feed(1,
                ArxivAtom.entry("2510.01234v1", "Schr\\\"odinger Bridges meet $\\alpha$-Divergences", "Erwin S."))));
        answers.put(title(NEAR_MISS), Answer.ok(ArxivAtom.feed(2,
                ArxivAtom.entry("2509.11111v3", "Reasoning About Models", "B"),
                ArxivAtom.entry("2509.22222v1", "Learning to Reason with Small Language Models", "A"))));
        answers.put(title(SEVERAL), Answer.ok(ArxivAtom.feed(2,
                ArxivAtom.entry("1706.03762v7", SEVERAL, "Ashish Vaswani"),
                ArxivAtom.entry("2501.00002v1", SEVERAL + "?", "Not Vaswani"))));
        answers.put(title(NONE), Answer.ok(ArxivAtom.feed(0)));
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        server.stop(0);
        handlers.shutdownNow();
        assertTrue(handlers.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void resolvesExactMatchesReportsTheRestAndFailuresNeverStopTheOthers() throws IOException {
        paper("busy", "A Paper Asked While arXiv Is Busy");
        paper("slow", "A Paper Asked While arXiv Is Slow");
        paper("garbled", "A Paper Whose Answer Is Garbled");
        answers.put(title("A Paper Asked While arXiv Is Busy"), new Answer(503, "Retry later", Duration.ZERO));
        answers.put(title("A Paper Asked While arXiv Is Slow"), new Answer(200, ArxivAtom.feed(0),
                TIMEOUT.multipliedBy(30)));
        answers.put(title("A Paper Whose Answer Is Garbled"), Answer.ok(ArxivAtom.feed(0).replace("</feed>", "")));
        paper("sparse-experts", EXACT);
        paper("schrodinger", LATEX);
        paper("small-models", NEAR_MISS);
        paper("attention", SEVERAL);
        paper("unknown", NONE);

        CliRun run = resolve();

        assertEquals(1, run.exitCode(), run.err());
        List<String> errors = run.errLines();
        assertEquals(3, errors.size(), run.err());
        assertEquals("content/papers/busy.md: error: " + api() + "?search_query=ti:%22a+paper+asked+while+arxiv+is"
                + "+busy%22&start=0&max_results=10 answered HTTP 503, not 200 (the service is busy; try again later)",
                errors.get(0));
        assertTrue(errors.get(1).startsWith("content/papers/garbled.md: error: arXiv's answer to "), errors.get(1));
        assertTrue(errors.get(1).contains(" is unusable: not well-formed XML at line "), errors.get(1));
        assertEquals("content/papers/slow.md: error: no answer from 127.0.0.1 within 2 s; try again later",
                errors.get(2));
        assertFalse(run.err().contains("Exception"), run.err());

        assertEquals("""
                content/papers/attention.md: ambiguous: no arXiv paper has exactly the title "Attention Is All You \
                Need"; best candidates:
                  1706.03762  "Attention Is All You Need"  (--accept attention=1706.03762)
                  2501.00002  "Attention Is All You Need?"  (--accept attention=2501.00002)
                content/papers/schrodinger.md: set arxiv_id 2510.01234 and 1 author ("Schr\\"odinger Bridges meet \
                $\\alpha$-Divergences")
                content/papers/small-models.md: ambiguous: no arXiv paper has exactly the title "Learning to Reason \
                with Small Models"; best candidates:
                  2509.22222  "Learning to Reason with Small Language Models"  (--accept small-models=2509.22222)
                  2509.11111  "Reasoning About Models"  (--accept small-models=2509.11111)
                content/papers/sparse-experts.md: set arxiv_id 2511.18538 and 2 authors ("scaling laws for sparse \
                mixture of experts")
                content/papers/unknown.md: not found on arXiv: "A Paper arXiv Never Heard Of"
                resolved 2, ambiguous 2, not found 1, failed 3; 0 already had an id; 8 requests to arXiv
                """, run.out());

        Map<String, Paper> papers = load();
        assertEquals("2511.18538", papers.get("sparse-experts").arxivId());
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), papers.get("sparse-experts").authors());
        assertEquals("2510.01234", papers.get("schrodinger").arxivId());
        for (String unchanged : List.of("busy", "slow", "garbled", "small-models", "attention", "unknown")) {
            assertEquals(paperText(titleOf(unchanged)), read(unchanged), unchanged);
        }
        assertTrue(userAgents.stream().allMatch(agent -> agent.startsWith("Paperboy/")), userAgents.toString());
    }

    @Test
    void writesOnlyTheNewKeysAndRecordsThemAsImportDoes() throws IOException {
        paper("sparse-experts", EXACT);

        assertEquals(0, resolve().exitCode());

        assertEquals("""
                ---
                title: Scaling Laws for Sparse Mixture of Experts
                # the curator's comment stays
                published: 2025-11-20
                arxiv_id: "2511.18538"
                authors:
                  - Ada Lovelace
                  - Alan Turing
                imported:
                  title: Scaling Laws for Sparse Mixture of Experts
                  published: 2025-11-20
                  digests: []
                  arxiv_id: "2511.18538"
                  authors:
                    - Ada Lovelace
                    - Alan Turing
                ---
                My notes.
                """, read("sparse-experts"));
    }

    @Test
    void aSecondRunAsksArxivNothing() throws IOException {
        paper("small-models", NEAR_MISS);
        paper("unknown", NONE);
        paper("sparse-experts", EXACT);
        CliRun first = resolve();
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(3, asked.size());

        CliRun second = resolve();

        assertEquals(0, second.exitCode(), second.err());
        assertEquals(3, asked.size(), "no request on the second run: " + asked);
        assertTrue(second.out().endsWith("resolved 0, ambiguous 1, not found 1, failed 0; 1 already had an id;"
                + " 0 requests to arXiv\n"), second.out());
        assertTrue(Files.isDirectory(site.resolve(".paperboy/arxiv")));

        CliRun refreshed = resolve("--refresh");
        assertEquals(0, refreshed.exitCode(), refreshed.err());
        assertEquals(5, asked.size());
    }

    @Test
    void aCachedAnswerThatNoLongerParsesIsAskedAgain() throws IOException {
        paper("small-models", NEAR_MISS);
        assertEquals(0, resolve().exitCode());
        try (Stream<Path> cached = Files.list(site.resolve(".paperboy/arxiv"))) {
            for (Path file : cached.toList()) {
                Files.writeString(file, "<feed");
            }
        }

        CliRun again = resolve();

        assertEquals(0, again.exitCode(), again.err());
        assertEquals(2, asked.size());
        assertTrue(again.out().startsWith("content/papers/small-models.md: ambiguous"), again.out());
    }

    @Test
    void anAnswerThatFoundNothingIsAskedAgainAfterADayAndTheOthersNever() throws IOException {
        paper("unknown", NONE);
        paper("small-models", NEAR_MISS);
        assertEquals(0, resolve().exitCode());
        assertEquals(2, asked.size());

        keptAgo(Duration.ofHours(23));
        assertEquals(0, resolve().exitCode());
        assertEquals(2, asked.size(), "both answers kept for a day: " + asked);

        keptAgo(Duration.ofDays(30));
        CliRun later = resolve();

        assertEquals(0, later.exitCode(), later.err());
        assertEquals(List.of(title(NEAR_MISS), title(NONE), title(NONE)), asked);
        assertTrue(later.out().endsWith("resolved 0, ambiguous 1, not found 1, failed 0; 0 already had an id;"
                + " 1 request to arXiv\n"), later.out());
    }

    /** Dates every kept arXiv answer {@code age} before the injected clock's now. */
    private void keptAgo(Duration age) throws IOException {
        try (Stream<Path> cached = Files.list(site.resolve(".paperboy/arxiv"))) {
            for (Path file : cached.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(time.instant().minus(age)));
            }
        }
    }

    @Test
    void aDryRunChangesNoPaperFile() throws IOException {
        paper("sparse-experts", EXACT);
        paper("small-models", NEAR_MISS);
        String before = read("sparse-experts");

        CliRun run = resolve("--dry-run");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("content/papers/small-models.md: ambiguous"), run.out());
        assertTrue(run.out().contains("content/papers/sparse-experts.md: would set arxiv_id 2511.18538 and 2 authors"),
                run.out());
        assertTrue(run.out().endsWith("would resolve 1, ambiguous 1, not found 0, failed 0; 0 already had an id;"
                + " 2 requests to arXiv (dry run: no paper file changed)\n"), run.out());
        assertEquals(before, read("sparse-experts"));
        assertEquals(paperText(NEAR_MISS), read("small-models"));
    }

    @Test
    void neverOverwritesACuratorsValue() throws IOException {
        write("with-authors", "---\ntitle: " + EXACT + "\nauthors:\n  - The Curator's Spelling\n---\n");
        write("with-id", "---\ntitle: " + LATEX + "\narxiv_id: \"2510.99999\"\n---\n");
        write("id-removed", "---\ntitle: " + NEAR_MISS + "\nimported:\n  arxiv_id: \"2509.22222\"\n---\n");
        String withId = read("with-id");
        String removed = read("id-removed");

        CliRun run = resolve();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(title(EXACT)), asked);
        assertEquals("---\ntitle: " + EXACT + "\nauthors:\n  - The Curator's Spelling\narxiv_id: \"2511.18538\"\n"
                + "imported:\n  arxiv_id: \"2511.18538\"\n---\n", read("with-authors"));
        assertEquals(withId, read("with-id"));
        assertEquals(removed, read("id-removed"));
        assertTrue(run.out().endsWith("resolved 1, ambiguous 0, not found 0, failed 0; 1 already had an id, 1 left"
                + " without one by the curator; 1 request to arXiv\n"), run.out());
    }

    @Test
    void aTitleWithoutWordsIsNotFoundWithoutAsking() throws IOException {
        paper("symbols", "\"?!\"");

        CliRun run = resolve();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), asked);
        assertTrue(run.out().startsWith("content/papers/symbols.md: not found on arXiv: \"?!\"\n"), run.out());
    }

    @Test
    void requestsAreSpacedByThreeSecondsOfTheInjectedClock() throws IOException {
        paper("sparse-experts", EXACT);
        paper("small-models", NEAR_MISS);
        paper("unknown", NONE);
        paper("attention", SEVERAL);

        assertEquals(0, resolve().exitCode());

        assertEquals(4, askedAt.size());
        for (int i = 1; i < askedAt.size(); i++) {
            Duration gap = Duration.between(askedAt.get(i - 1), askedAt.get(i));
            assertTrue(gap.compareTo(Pacer.ARXIV_INTERVAL) >= 0, "request " + i + " came " + gap + " after the last");
        }
        assertEquals(List.of(Pacer.ARXIV_INTERVAL, Pacer.ARXIV_INTERVAL, Pacer.ARXIV_INTERVAL), time.pauses);
    }

    @Test
    void acceptsTheIdTheCuratorConfirmsAsTheCuratorsOwn() throws IOException {
        paper("small-models", NEAR_MISS);
        answers.put("2509.22222", Answer.ok(ArxivAtom.feed(1,
                ArxivAtom.entry("2509.22222v1", "Learning to Reason with Small Language Models", "Ada", "Grace"))));

        CliRun run = resolve("--accept", "small-models=2509.22222");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("2509.22222"), asked);
        assertEquals("""
                content/papers/small-models.md: set arxiv_id 2509.22222 and 2 authors ("Learning to Reason with Small \
                Language Models")
                resolved 1, ambiguous 0, not found 0, failed 0; 1 request to arXiv
                """, run.out());
        String text = read("small-models");
        assertTrue(text.contains("\narxiv_id: \"2509.22222\"\n"), text);
        assertTrue(text.contains("imported:\n  title: " + NEAR_MISS + "\n  published: 2025-11-20\n  digests: []\n"
                + "  authors:\n    - Ada\n    - Grace\n---"), text);
    }

    @Test
    void refusesABadAcceptAndReportsAnUnknownPaperOrId() throws IOException {
        paper("small-models", NEAR_MISS);
        answers.put("2509.99999", Answer.ok(ArxivAtom.feed(0)));

        CliRun bad = resolve("--accept", "small-models=12345");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().startsWith("--accept small-models=12345: not an arXiv id"), bad.err());

        CliRun outside = resolve("--accept", "../../secret=2509.22222");
        assertEquals(ExitCodes.CONTENT_ERROR, outside.exitCode());
        assertTrue(outside.err().startsWith("content/papers/../../secret.md: error: no such paper"), outside.err());

        CliRun unknown = resolve("--accept", "no-such-paper=2509.22222", "--accept", "small-models=2509.99999");
        assertEquals(ExitCodes.CONTENT_ERROR, unknown.exitCode());
        assertEquals(List.of("content/papers/no-such-paper.md: error: no such paper (give the name of a file in content/papers without .md)",
                "content/papers/small-models.md: error: arXiv has no paper 2509.99999 (check the id)"),
                unknown.errLines());
        assertEquals(paperText(NEAR_MISS), read("small-models"));
    }

    @Test
    void importThenResolveThenImportAgainKeepsTheResolvedIdAndAuthors() throws IOException {
        importListingText();
        String slug = "scaling-laws-for-sparse-mixture-of-experts";

        assertEquals(0, resolve().exitCode());
        String resolved = read(slug);
        CliRun again = CliRun.of("import", "-C", site.toString(), "--year", "2025", "day.txt");

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("papers: 0 created, 0 updated, 1 unchanged"), again.out());
        assertEquals(resolved, read(slug));
        Paper paper = load().get(slug);
        assertEquals("2511.18538", paper.arxivId());
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), paper.authors());
        assertEquals(2, paper.authorsCount());
    }

    @Test
    void aLaterHuggingFaceListingOfThePaperUpdatesWhatResolveFoundButNeverTheCuratorsEdit() throws IOException {
        importListingText();
        assertEquals(0, resolve().exitCode());
        String slug = "scaling-laws-for-sparse-mixture-of-experts";
        Path file = site.resolve("content/papers/" + slug + ".md");
        Files.writeString(file, Files.readString(file).replace("\narxiv_id: \"2511.18538\"\n",
                "\narxiv_id: \"2511.18538v2\"\n"));
        Files.writeString(site.resolve("hf-2025-11-14.json"), """
                [{"paper": {"id": "2511.18538", "title": "%s", "authors": [{"name": "A. Lovelace"}, {"name": "A. Turing"}],
                  "submittedOnDailyAt": "2025-11-14T00:00:00.000Z"}}]
                """.formatted(EXACT));

        CliRun json = CliRun.of("import", "-C", site.toString(), "hf-2025-11-14.json");

        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("papers: 0 created, 1 updated"), json.out());
        Paper paper = load().get(slug);
        assertEquals("2511.18538v2", paper.arxivId(), "the curator's edit of the resolved id is kept");
        assertEquals(List.of("A. Lovelace", "A. Turing"), paper.authors(), "the listing's authors replace resolve's");
    }

    @Test
    void anAddressThatIsNoUrlIsAUsageError() {
        CliRun run = run(Map.of(ArxivClient.BASE_URL_VARIABLE, "export.arxiv.org"));
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("PAPERBOY_ARXIV_API_URL is not an http(s) URL: \"export.arxiv.org\""),
                run.err());
    }

    /** The launcher's environment variable, in a process of its own as a user runs it. */
    @Test
    void asksTheAddressInPaperboyArxivApiUrl() throws Exception {
        paper("sparse-experts", EXACT);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "resolve", "-C", site.toString()).redirectErrorStream(true);
        builder.environment().put(ArxivClient.BASE_URL_VARIABLE, api());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertEquals(List.of(title(EXACT)), asked);
        assertTrue(read("sparse-experts").contains("\narxiv_id: \"2511.18538\"\n"));
    }

    /** Imports day.txt, a listing text that gives the exact-match paper, with no id and "2 authors". */
    private void importListingText() throws IOException {
        Files.writeString(site.resolve("day.txt"), """
                Daily Papers

                Nov 13

                %s

                Its abstract.

                  • 2 authors
                ·
                Jun 12 3
                """.formatted(EXACT));
        assertEquals(0, CliRun.of("import", "-C", site.toString(), "--year", "2025", "day.txt").exitCode());
    }

    private void answer(HttpExchange exchange) throws IOException {
        askedAt.add(time.instant());
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        String query = exchange.getRequestURI().getRawQuery();
        String key = Stream.of(query.split("&"))
                .filter(parameter -> parameter.startsWith("search_query=") || parameter.startsWith("id_list="))
                .map(parameter -> URLDecoder.decode(parameter.substring(parameter.indexOf('=') + 1),
                        StandardCharsets.UTF_8))
                .findFirst().orElse("");
        asked.add(key);
        Answer answer = answers.getOrDefault(key, new Answer(404, "no answer for " + key, Duration.ZERO));
        try {
            Thread.sleep(answer.delay().toMillis());
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException | IOException e) {
            exchange.close();
        }
    }

    private CliRun resolve(String... args) {
        return run(Map.of(ArxivClient.BASE_URL_VARIABLE, api()), args);
    }

    private CliRun run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new ResolveCommand(environment, time, time, TIMEOUT));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("-C", site.toString()));
        all.addAll(List.of(args));
        int code = commandLine.execute(all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }

    private String api() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/query";
    }

    /** The search query resolve sends for a title. */
    private static String title(String title) {
        return "ti:\"" + String.join(" ", title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                + "\"";
    }

    private final Map<String, String> titles = new TreeMap<>();

    private void paper(String slug, String title) throws IOException {
        titles.put(slug, title);
        write(slug, paperText(title));
    }

    private String titleOf(String slug) {
        return titles.get(slug);
    }

    /** A paper as import writes one from listing text, with a curator's comment and notes. */
    private static String paperText(String title) {
        return """
                ---
                title: %1$s
                # the curator's comment stays
                published: 2025-11-20
                imported:
                  title: %1$s
                  published: 2025-11-20
                  digests: []
                ---
                My notes.
                """.formatted(title);
    }

    private void write(String slug, String text) throws IOException {
        Files.createDirectories(site.resolve("content/papers"));
        Files.writeString(site.resolve("content/papers/" + slug + ".md"), text);
    }

    private String read(String slug) throws IOException {
        return Files.readString(site.resolve("content/papers/" + slug + ".md"));
    }

    private Map<String, Paper> load() {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Paper> papers = new TreeMap<>();
        ContentStore.read(new YamlReader(), new SiteLayout(site), diagnostics).papers()
                .forEach(paper -> papers.put(paper.slug(), paper));
        assertTrue(diagnostics.formatted().stream().noneMatch(line -> line.contains("error")),
                diagnostics.formatted().toString());
        return papers;
    }
}
