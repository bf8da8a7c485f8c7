package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.publish.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link whose target lies outside the site folder is an error naming the link, in every file a build
 * reads; its target is never read or published. A link that stays inside the site is followed.
 */
class LinksOutsideTheSiteTest {
    private static final String SECRET = "root:x:0:0:secret";

    private static TestSite site(Path temp) {
        return TestSite.in(temp.resolve("site"))
                .paper("a", "title: A")
                .digest("2024-01-01", "a");
    }

    private static Path secret(Path temp, String name, String text) throws IOException {
        Path file = temp.resolve("outside").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static CliRun build(TestSite site) {
        return CliRun.of("build", "-C", site.root().toString());
    }

    private static List<String> errors(CliRun run) {
        return run.errLines().stream().filter(line -> line.contains(": error: ")).toList();
    }

    @Test
    void linksOutOfContentAndTemplatesAreErrorsNamingEachLinkAndNothingIsPublished(@TempDir Path temp)
            throws IOException {
        TestSite site = site(temp);
        Path root = site.root();
        Files.createSymbolicLink(root.resolve("content/papers/leak.md"),
                secret(temp, "leak.md", "---\ntitle: " + SECRET + "\n---\n"));
        Files.createSymbolicLink(root.resolve("content/digests/2024-02-01.md"),
                secret(temp, "digest.md", "---\npapers: [a]\n---\n" + SECRET));
        Files.createDirectories(root.resolve("templates/assets"));
        Files.createSymbolicLink(root.resolve("templates/assets/passwd.txt"), secret(temp, "passwd", SECRET));
        Files.createSymbolicLink(root.resolve("templates/assets/environ.txt"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(root.resolve("templates/base.ftlh"), secret(temp, "base.ftlh", SECRET));

        CliRun run = build(site);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(
                "content/digests/2024-02-01.md: error: symbolic link to a file outside the site",
                "content/papers/leak.md: error: symbolic link to a file outside the site",
                "templates/assets/environ.txt: error: symbolic link to a file outside the site",
                "templates/assets/passwd.txt: error: symbolic link to a file outside the site",
                "templates/base.ftlh: error: symbolic link to a file outside the site"), errors(run));
        assertFalse(Files.exists(site.out()), "nothing is published");
    }

    @Test
    void aTemplateLinkedOutsideIsAContentErrorNamingItNotAnInternalError(@TempDir Path temp) throws IOException {
        TestSite site = site(temp);
        Files.createDirectories(site.root().resolve("templates"));
        Files.createSymbolicLink(site.root().resolve("templates/paper.ftlh"),
                secret(temp, "paper.ftlh", "<html>${page.title}</html>"));

        CliRun run = build(site);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("templates/paper.ftlh: error: symbolic link to a file outside the site"),
                errors(run));
    }

    @Test
    void aLinkedSiteYamlOrContentFolderOutsideIsAnError(@TempDir Path temp) throws IOException {
        TestSite site = site(temp);
        Path yaml = site.root().resolve("content/site.yaml");
        Path outsideYaml = secret(temp, "site.yaml", Files.readString(yaml));
        Files.delete(yaml);
        Files.createSymbolicLink(yaml, outsideYaml);
        Path papers = site.root().resolve("content/papers");
        Path outsidePapers = temp.resolve("outside/papers");
        Files.move(papers, outsidePapers);
        Files.createSymbolicLink(papers, outsidePapers);

        CliRun run = build(site);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(
                "content/papers: error: symbolic link to a file outside the site",
                "content/site.yaml: error: symbolic link to a file outside the site"),
                errors(run).stream().filter(line -> line.contains("symbolic link")).toList());
    }

    @Test
    void linksThatStayInsideTheSiteAreFollowed(@TempDir Path temp) throws IOException {
        TestSite site = site(temp).digest("2024-01-01", "a", "b")
                .file("shared/b.md", "---\ntitle: Linked inside\n---\n")
                .file("shared/note.txt", "kept");
        Path root = site.root();
        Files.createSymbolicLink(root.resolve("content/papers/b.md"), root.resolve("shared/b.md"));
        Files.createDirectories(root.resolve("templates/assets"));
        Files.createSymbolicLink(root.resolve("templates/assets/note.txt"), Path.of("../../shared/note.txt"));

        CliRun run = build(site);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(site.out().resolve("papers/b/index.html")).contains("Linked inside"));
        assertEquals("kept", Files.readString(site.out().resolve("assets/note.txt")));
    }

    @Test
    void checkReportsLinksOutsideTheSite(@TempDir Path temp) throws IOException {
        TestSite site = site(temp);
        Files.createDirectories(site.root().resolve("templates/assets"));
        Files.createSymbolicLink(site.root().resolve("templates/assets/passwd.txt"), secret(temp, "passwd", SECRET));

        CliRun run = CliRun.of("check", "-C", site.root().toString());

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue((run.out() + run.err()).contains(
                "templates/assets/passwd.txt: error: symbolic link to a file outside the site"), run.out());
    }

    @Test
    void themesAssignRefusesAPaperLinkedOutside(@TempDir Path temp) throws IOException {
        TestSite site = site(temp);
        Path leak = site.root().resolve("content/papers/leak.md");
        Files.delete(site.root().resolve("content/papers/a.md"));
        Files.createSymbolicLink(leak, secret(temp, "leak.md", "---\ntitle: " + SECRET + "\n---\n"));

        CliRun run = CliRun.of("themes", "assign", "-C", site.root().toString(), "--dry-run");

        assertTrue(run.err().contains("content/papers/leak.md: error: symbolic link to a file outside the site"),
                run.err());
    }
}
