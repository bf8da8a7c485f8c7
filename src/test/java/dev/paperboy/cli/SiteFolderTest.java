package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.publish.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands pointed at a folder that is no site, or at none: one clear error, and nothing created. */
class SiteFolderTest {
    @TempDir
    Path temp;

    private List<Path> tree() throws IOException {
        try (Stream<Path> walk = Files.walk(temp)) {
            return walk.sorted().toList();
        }
    }

    @Test
    void everyCommandSaysTheSiteFolderDoesNotExist() throws IOException {
        String missing = temp.resolve("no-such-dir").toString();
        for (String[] args : List.of(new String[] {"build", "-C", missing}, new String[] {"check", "-C", missing},
                new String[] {"serve", "-C", missing, "--port", "0"}, new String[] {"themes", "assign", "-C", missing},
                new String[] {"import", "-C", missing, "x.txt"})) {
            CliRun run = CliRun.of(args);
            assertEquals(1, run.exitCode(), args[0]);
            assertTrue(run.errLines().get(0).startsWith(missing + ": error: the site folder does not exist"),
                    run.err());
        }
        assertEquals(List.of(temp), tree());
    }

    @Test
    void outsideASiteFolderServeImportAndThemesFailBeforeTouchingAnything() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "not a site");
        List<Path> before = tree();
        String siteYamlMissing = "content/site.yaml: error: missing site configuration: " + temp
                + " is not a Paperboy site (run `paperboy init` to create one, or pass -C with the site folder)";

        CliRun serve = CliRun.of("serve", "-C", temp.toString(), "--port", "0");
        assertEquals(1, serve.exitCode(), serve.err());
        assertEquals(List.of(siteYamlMissing), serve.errLines());
        assertEquals("", serve.out());

        CliRun assign = CliRun.of("themes", "assign", "-C", temp.toString());
        assertEquals(1, assign.exitCode(), assign.err());
        assertEquals(List.of(siteYamlMissing), assign.errLines());
        assertEquals("", assign.out());

        CliRun importing = CliRun.of("import", "-C", temp.toString(), "missing.txt");
        assertEquals(1, importing.exitCode(), importing.err());
        assertEquals(List.of("missing.txt: error: no such file (looked for " + temp.resolve("missing.txt") + ")"),
                importing.errLines());

        assertEquals(before, tree());
    }

    @Test
    void anImpossibleDigestDateIsNamed() {
        TestSite site = TestSite.in(temp).paper("a", "title: A").digest("2024-01-01", "a").digest("2025-11-31", "a");
        CliRun run = CliRun.of("check", "-C", site.root().toString());
        assertEquals(1, run.exitCode());
        assertEquals("content/digests/2025-11-31.md: error: digest file name is not a date: 31 November does not"
                + " exist", run.errLines().get(0));
    }

    @Test
    void checkWarnsAboutAFutureDigestAndALocalBaseUrlAndBuildAboutTheBaseUrl() {
        TestSite site = TestSite.in(temp).paper("a", "title: A").paper("b", "title: B").digest("2024-01-01", "a")
                .digest("2999-01-01", "b");
        site.file("content/site.yaml", "title: Test site\nbase_url: http://localhost:8080/\n" + TestSite.THEMES);
        String localBaseUrl = "content/site.yaml: warning: base_url http://localhost:8080/ is this machine: feeds, the"
                + " sitemap and canonical links of the published site would point at it (set base_url to the"
                + " address the site is published at, or pass --base-url)";

        CliRun check = CliRun.of("check", "-C", site.root().toString());
        assertEquals(0, check.exitCode(), check.err());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(List.of("content/digests/2999-01-01.md: warning: digest is dated after today (" + today + "), so"
                        + " it is not published until then (`build --drafts` or `serve --drafts` shows it now)"),
                check.errLines().stream().filter(line -> line.startsWith("content/digests/")).toList());
        assertEquals(List.of(localBaseUrl), check.errLines().stream()
                .filter(line -> line.startsWith("content/site.yaml")).toList());

        CliRun build = CliRun.of("build", "-C", site.root().toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals(List.of(localBaseUrl), build.errLines());
        assertEquals(List.of(), CliRun.of("build", "-C", site.root().toString(), "--base-url",
                "https://example.org/").errLines());
    }
}
