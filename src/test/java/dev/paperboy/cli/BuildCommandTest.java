package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.publish.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    private record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void buildPrintsAOneLineSummaryAndExitsZero(@TempDir Path temp) {
        TestSite.in(temp).paper("a", "title: A").digest("2024-01-01", "a");
        Run run = run("build", "-C", temp.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(1, run.out().lines().count());
        assertTrue(run.out().matches("built 7 pages and 6 feeds into .* in \\d+ ms \\(\\d+ of \\d+ files changed\\)\\s*"),
                run.out());
        assertTrue(Files.exists(temp.resolve("site/papers/a/index.html")));
    }

    @Test
    void timingsNameEveryStageInOrder(@TempDir Path temp) {
        TestSite.in(temp).paper("a", "title: A").digest("2024-01-01", "a");
        Run run = run("build", "-C", temp.toString(), "--timings");
        assertEquals(0, run.exit(), run.err());
        String stages = run.out().lines().filter(line -> line.startsWith("stages: ")).findFirst().orElseThrow();
        String ms = " \\d+ ms \\(cpu \\d+ ms\\)";
        assertTrue(stages.matches("stages: load" + ms + " · notes and related papers" + ms + " · plan" + ms
                + " · cache check" + ms + " · render" + ms + " · commit" + ms), stages);
    }

    @Test
    void timingsCountThePagesEachTemplateRenderedAndNoneWhenTheCacheKeptThemAll(@TempDir Path temp) {
        // Blank notes, and two papers with the same notes (which Flexmark renders): once each is cached, a render
        // must not give a page another key than its clean build gave.
        String table = "| a |\n|---|\n| 1 |\n";
        TestSite.in(temp).paper("a", "title: A").paper("b", "title: B", table).paper("c", "title: C", table)
                .digest("2024-01-01", "a", "b", "c");
        Map<String, Integer> pages = templatePages(run("build", "-C", temp.toString(), "--timings"));
        assertEquals(3, pages.get("paper.ftlh"), pages::toString);
        assertEquals(1, pages.get("digest.ftlh"), pages::toString);
        assertEquals(1, pages.get("home.ftlh"), pages::toString);

        Run again = run("build", "-C", temp.toString(), "--timings");
        assertTrue(again.out().lines().anyMatch(line -> line.equals(
                "templates: none rendered (every page came from the build cache)")), again.out());
    }

    /** The pages per template of a {@code --timings} run's {@code templates:} line, checking its form. */
    private static Map<String, Integer> templatePages(Run run) {
        assertEquals(0, run.exit(), run.err());
        String line = run.out().lines().filter(l -> l.startsWith("templates: ")).findFirst().orElseThrow();
        Map<String, Integer> pages = new TreeMap<>();
        Pattern entry = Pattern.compile(
                "(\\S+) (\\d+) pages?, cpu \\d+ ms \\(\\d+\\.\\d\\d ms a page\\), \\d+\\.\\d MB");
        for (String part : line.substring("templates: ".length()).split(" · ")) {
            Matcher matcher = entry.matcher(part);
            assertTrue(matcher.matches(), part);
            pages.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return pages;
    }

    @Test
    void outAndBaseUrlOptionsAreUsed(@TempDir Path temp) throws Exception {
        TestSite.in(temp);
        Path out = temp.resolve("public");
        Run run = run("build", "-C", temp.toString(), "--out", out.toString(), "--base-url", "https://x.test/y/");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("<loc>https://x.test/y/</loc>"));
    }

    @Test
    void contentErrorsAreAllReportedWithExactLinesAndExitOne(@TempDir Path temp) {
        TestSite.in(temp)
                .paper("good", """
                        title: Good
                        themes:
                          - rl
                          - optimisation
                        """)
                .paper("broken", "title: [unclosed")
                .file("content/papers/no-front-matter.md", "just text\n")
                .file("content/digests/2024-01-01.md", """
                        ---
                        papers:
                          - good
                          - missing-one
                          - broken
                          - also-missing
                        ---
                        """);
        Run run = run("build", "-C", temp.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.out());
        List<String> lines = run.errLines();
        assertEquals(List.of(
                "content/digests/2024-01-01.md:4:5: error: paper \"missing-one\" is listed but "
                        + "content/papers/missing-one.md does not exist",
                "content/digests/2024-01-01.md:6:5: error: paper \"also-missing\" is listed but "
                        + "content/papers/also-missing.md does not exist"),
                lines.stream().filter(line -> line.startsWith("content/digests")).toList());
        assertTrue(lines.contains("content/papers/good.md:5:5: error: unknown theme \"optimisation\" "
                + "(known: optimization, rl)"), run.err());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("content/papers/broken.md:2:")), run.err());
        assertTrue(lines.contains("content/papers/no-front-matter.md:1: error: missing front matter (the file must "
                + "start with a line \"---\", then YAML, then a line \"---\")"), run.err());
        assertTrue(lines.get(lines.size() - 1).startsWith("paperboy: build failed with 5 error(s)"), run.err());
        assertTrue(Files.notExists(temp.resolve("site")));
    }

    @Test
    void badBaseUrlOptionIsAContentError(@TempDir Path temp) {
        TestSite.in(temp);
        Run run = run("build", "-C", temp.toString(), "--base-url", "not a url");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("--base-url: error: base_url must be an absolute"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError(@TempDir Path temp) {
        assertEquals(2, run("build", "--nope").exit());
    }
}
