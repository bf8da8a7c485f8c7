package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.publish.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static TestSite goodSite(Path temp) {
        return TestSite.in(temp)
                .paper("a", "title: A\nthemes: [rl]", "See [B](../b/) and [its abstract](../b/#abstract).\n")
                .paper("b", "title: B\narxiv_id: \"2401.00001\"\nabstract: Text.\n"
                        + "links: [\"https://arxiv.org/abs/2401.00001\"]")
                .digest("2024-01-01", "a", "b");
    }

    private static CliRun check(TestSite site, String... options) {
        String[] args = Stream.concat(Stream.of("check", "-C", site.root().toString()), Stream.of(options))
                .toArray(String[]::new);
        return CliRun.of(args);
    }

    /** The problem lines, on standard error like every command's. */
    private static List<String> problems(CliRun run) {
        return run.errLines();
    }

    /** The summary, the one line on standard output. */
    private static String summary(CliRun run) {
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.err());
        return lines.get(0);
    }

    /** A site's own templates can break what check parses: BibTeX entries and JSON-LD blocks. */
    @Test
    void unparsableBibFilesAndJsonLdBlocksAreErrors(@TempDir Path temp) {
        TestSite site = goodSite(temp)
                .file("templates/bib.ftl", "@misc{k,\n  title={unbalanced},\n  note={{x},\n}\n")
                .file("templates/404.ftlh", "<!DOCTYPE html><html lang=\"en\"><head><title>Lost</title>"
                        + "<script type=\"application/ld+json\">{\"@type\": </script></head><body></body></html>");
        CliRun run = check(site);
        assertEquals(1, run.exitCode(), run.out());
        List<String> problems = problems(run);
        assertEquals("site/404.html:1: error: JSON-LD block does not parse: Unexpected end-of-input within/between "
                + "Object entries", problems.get(0));
        assertEquals("site/digests/2024-01-01/2024-01-01.bib:4: error: invalid BibTeX: unexpected end of file "
                + "(an entry or a brace is not closed)", problems.get(1));
        assertEquals(6, problems.size(), "one per .bib file and the 404 page: " + problems);
    }

    @Test
    void aBibKeyUsedTwiceInOneFileIsAnError(@TempDir Path temp) {
        TestSite site = goodSite(temp)
                .file("templates/bib.ftl", "@misc{k,\n  title={One}\n}\n\n@misc{k,\n  title={Two}\n}\n");
        CliRun run = check(site);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals("site/digests/2024-01-01/2024-01-01.bib:5: error: invalid BibTeX: key \"k\" is used twice",
                problems(run).get(0));
    }

    @Test
    void goodSitePassesAndLeavesNoOutputBehind(@TempDir Path temp) throws IOException {
        TestSite site = goodSite(temp);
        List<Path> before = tree(temp);
        CliRun run = check(site, "--strict");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(List.of(), problems(run));
        assertEquals("checked 2 papers (1 without an arXiv id), 1 digests, 11 pages, 5 feeds and 5 .bib files: "
                + "0 error(s), 0 warning(s)", summary(run));
        assertEquals(before, tree(temp));
    }

    @Test
    void contentErrorsAreReportedWithTheirLinesAndFail(@TempDir Path temp) {
        TestSite site = TestSite.in(temp)
                .paper("a", "title: A\nthemes:\n  - optimisation\nlinks: [\"htp:/bad\"]")
                .digest("2024-01-01", "a", "missing");
        CliRun run = check(site);
        assertEquals(1, run.exitCode());
        assertEquals(List.of(
                "content/digests/2024-01-01.md:2:13: error: paper \"missing\" is listed but "
                        + "content/papers/missing.md does not exist",
                "content/papers/a.md:5:1: error: \"links\" has a malformed URL \"htp:/bad\" "
                        + "(use an absolute http:// or https:// URL)"),
                problems(run));
        assertEquals("checked 1 papers (0 without an arXiv id), 1 digests, no output (the build failed): "
                + "2 error(s), 0 warning(s)",
                summary(run));
    }

    @Test
    void unknownThemeIsAnError(@TempDir Path temp) {
        TestSite site = TestSite.in(temp).paper("a", "title: A\nthemes: [optimisation]").digest("2024-01-01", "a");
        CliRun run = check(site);
        assertEquals(1, run.exitCode());
        assertEquals(List.of("content/papers/a.md:3:10: error: unknown theme \"optimisation\" "
                + "(known: optimization, rl)"), problems(run));
    }

    @Test
    void likelyMistakesAreWarningsThatFailOnlyWhenStrict(@TempDir Path temp) {
        TestSite site = TestSite.in(temp)
                .paper("a", "title: Same Title")
                .paper("b", "title: \"same title.\"")
                .paper("orphan", "title: Orphan")
                .digest("2024-01-01", "a", "b")
                .file("content/digests/2024-02-01.md", "---\npapers: []\n---\n");
        CliRun run = check(site);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "content/digests/2024-02-01.md:2:1: warning: digest lists no papers",
                "content/papers/b.md:2:1: warning: duplicate title \"same title.\" (also content/papers/a.md)",
                "content/papers/orphan.md:2: warning: paper \"orphan\" is in no digest, so it is not published"),
                problems(run));
        assertTrue(summary(run).endsWith(": 0 error(s), 3 warning(s)"), summary(run));
        assertEquals(1, check(site, "--strict").exitCode());
    }

    /** Notes may link to the site only by absolute URL (the sanitizer drops relative links). */
    @Test
    void brokenLinksInNotesPointAtTheBuiltPageLine(@TempDir Path temp) {
        TestSite site = goodSite(temp).paper("b", "title: B\nabstract: Text.", "See [nothing](https://example.org/sub/papers/missing/), "
                + "[no id](https://example.org/sub/papers/a/#nope) and [top](#top).\n");
        CliRun run = check(site);
        assertEquals(1, run.exitCode());
        String page = "site/papers/b/index.html:57: error: broken link ";
        assertEquals(List.of(
                page + "\"#top\": site/papers/b/index.html has no id \"top\"",
                page + "\"https://example.org/sub/papers/a/#nope\": site/papers/a/index.html has no id \"nope\"",
                page + "\"https://example.org/sub/papers/missing/\": site/papers/missing/index.html is not built"),
                problems(run));
    }

    @Test
    void pagesWithoutTitleOrCanonicalAndBrokenFeedsAreErrors(@TempDir Path temp) {
        TestSite site = goodSite(temp)
                .file("templates/themes.ftlh", "<!DOCTYPE html>\n<html lang=\"en\"><head></head>\n"
                        + "<body><a href=\"${url.rel('missing.css')}\">x</a></body></html>\n")
                .file("templates/atom.ftlx", "<?xml version=\"1.0\"?>\n<feed>\n<entry>\n</feed>\n");
        CliRun run = check(site);
        assertEquals(1, run.exitCode());
        List<String> problems = problems(run);
        assertTrue(problems.contains("site/atom.xml:4:3: error: not well-formed XML: The element type \"entry\" must "
                + "be terminated by the matching end-tag \"</entry>\"."), run.err());
        assertTrue(problems.contains("site/themes/index.html:1: error: page has no <title>"), run.err());
        assertTrue(problems.contains("site/themes/index.html:1: error: page has no canonical URL "
                + "(<link rel=\"canonical\">)"), run.err());
        assertTrue(problems.contains("site/themes/index.html:3: error: broken link \"../missing.css\": "
                + "site/missing.css is not built"), run.err());
    }

    @Test
    void feedLinksMustBeAbsolute(@TempDir Path temp) {
        TestSite site = goodSite(temp).file("templates/rss.ftlx",
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<link>papers/a/</link>\n</channel></rss>\n");
        CliRun run = check(site);
        assertEquals(1, run.exitCode());
        assertTrue(problems(run).contains("site/feed.xml:3: error: feed link \"papers/a/\" is not absolute"),
                run.err());
    }

    @Test
    void aMissingSiteFolderIsAContentError(@TempDir Path temp) {
        CliRun run = CliRun.of("check", "-C", temp.resolve("nowhere").toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of(temp.resolve("nowhere") + ": error: the site folder does not exist"), problems(run));
    }

    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        }
    }
}
