package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostic;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.site.RelatedPapersFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links and images in notes and intros that point into the site: written as a paper's or digest's file, a file
 * kept in content/, or a page path, they come out as links from every page showing them, and each one that points
 * nowhere is an error naming its line.
 */
class NoteLinksTest {
    private static final byte[] FIGURE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    private static final String HINT = " (link a paper by its file (other-paper.md from a paper's notes, "
            + "../papers/other-paper.md from an intro), a digest by ../digests/YYYY-MM-DD.md, a theme by /themes/SLUG/)";

    private static TestSite linkingSite(Path root) throws Exception {
        TestSite site = TestSite.in(root)
                .paper("a", "title: Paper A\nthemes: [rl]", "See [B](b.md), [its results](../b/#abstract), "
                        + "[the digest](../digests/2024-03-04.md), [RL](/themes/rl/) and [slides](a/slides.pdf).\n\n"
                        + "![Figure 1](a/fig1.png)\n")
                .paper("b", "title: Paper B\nabstract: What B found.")
                .file("content/digests/2024-03-04.md", "---\npapers: [a, b]\n---\nToday: [paper A](../papers/a.md).\n");
        Files.createDirectories(root.resolve("content/papers/a"));
        Files.write(root.resolve("content/papers/a/fig1.png"), FIGURE);
        Files.writeString(root.resolve("content/papers/a/slides.pdf"), "%PDF-1.4");
        return site;
    }

    private static List<String> check(TestSite site) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        new SiteChecker(RelatedPapersFinder.BY_TEXT).check(site.options(), diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void linksToPapersDigestsThemesAndFilesResolveFromEveryPageShowingThem(@TempDir Path temp) throws Exception {
        TestSite site = linkingSite(temp);
        assertEquals(List.of(), check(site), "check follows every link and finds its target built");
        site.build();

        Document paper = Jsoup.parse(site.read("papers/a/index.html"));
        assertEquals(List.of("../../papers/b/", "../../papers/b/#abstract", "../../digests/2024-03-04/", "../../themes/rl/",
                "../../files/papers/a/slides.pdf"), paper.select(".prose a").eachAttr("href"));
        assertEquals("../../files/papers/a/fig1.png", paper.selectFirst(".prose img").attr("src"));
        assertArrayEquals(FIGURE, Files.readAllBytes(site.out().resolve("files/papers/a/fig1.png")));

        Document home = Jsoup.parse(site.read("index.html"));
        assertEquals("papers/a/", home.selectFirst(".prose a").attr("href"), "the intro on the home page");
        Document digest = Jsoup.parse(site.read("digests/2024-03-04/index.html"));
        assertEquals("../../papers/a/", digest.selectFirst(".intro a").attr("href"));
        Document feed = Jsoup.parse(site.read("feed.xml"), "", Parser.xmlParser());
        String notes = feed.select("item").stream().filter(item -> item.selectFirst("title").text().equals("Paper A"))
                .findFirst().orElseThrow().selectFirst("description").text();
        assertTrue(notes.contains("href=\"https://example.org/sub/papers/b/\""), notes);
        assertTrue(notes.contains("src=\"https://example.org/sub/files/papers/a/fig1.png\""), notes);

        site.build(new BuildOptions(site.root(), null, null, false, true, TestSite.CLOCK, false));
        assertEquals("../../papers/b/index.html", Jsoup.parse(site.read("papers/a/index.html")).selectFirst(".prose a")
                .attr("href"), "with index links for file:// use");
    }

    @Test
    void aLinkToAPageOrFileTheSiteDoesNotHaveIsAnErrorNamingItsLine(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp)
                .paper("a", "title: Paper A", "Intro line.\n\nSee [gone](gone.md) and [draft](../hidden/).\n\n"
                        + "![missing](a/nope.png) [up](../../../x.md) [bad](/themes/nope/)\n")
                .paper("hidden", "title: In no digest")
                .digest("2024-03-04", "a");
        assertEquals(List.of(
                "content/papers/a.md:6: error: link \"../hidden/\" points to papers/hidden/index.html, which the "
                        + "site does not have" + HINT,
                "content/papers/a.md:6: error: link \"gone.md\" points to papers/gone/index.html, which the site "
                        + "does not have" + HINT,
                "content/papers/a.md:8: error: \"a/nope.png\" names content/papers/a/nope.png, which does not exist",
                "content/papers/a.md:8: error: cannot resolve link: \"../../../x.md\" points above the site's root"
                        + HINT,
                "content/papers/a.md:8: error: link \"/themes/nope/\" points to themes/nope/index.html, which the "
                        + "site does not have" + HINT),
                site.buildErrors());
    }

    @Test
    void aFileLinkedOutOfTheSiteFolderIsNeverRead(@TempDir Path temp) throws Exception {
        Path outside = Files.writeString(temp.resolve("secret.txt"), "secret");
        TestSite site = TestSite.in(temp.resolve("site"))
                .paper("a", "title: Paper A", "[notes](a/notes.txt)\n")
                .digest("2024-03-04", "a");
        Files.createDirectories(site.root().resolve("content/papers/a"));
        Files.createSymbolicLink(site.root().resolve("content/papers/a/notes.txt"), outside);
        assertEquals(List.of("content/papers/a.md:4: error: content/papers/a/notes.txt is a symbolic link to a file "
                + "outside the site folder (copy the file into content/)"), site.buildErrors());
    }

    @Test
    void checkWarnsAboutWhatTheSanitizerRemovesNamingTheLine(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp)
                .paper("a", "title: Paper A", "Fine <em>text</em>.\n\n<span style=\"color:red\">red</span>\n\n"
                        + "<script>alert(1)</script>\n\n[run](javascript:alert(1))\n")
                .digest("2024-03-04", "a");
        assertEquals(List.of(
                "content/papers/a.md:6: warning: the sanitizer removes style=\"color:red\" from <span>",
                "content/papers/a.md:8: warning: the sanitizer removes <script> (notes may hold formatting, links, "
                        + "images and tables, never scripts, styles, frames or forms)",
                "content/papers/a.md:10: warning: the sanitizer removes the link target \"javascript:alert(1)\" "
                        + "(links may be http, https, mailto, an #anchor or a page or file of the site)"),
                check(site));
    }

    @Test
    void footnotesOfSeveralIntrosOnOnePageKeepTheirIdsApart(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp)
                .paper("a", "title: Paper A")
                .paper("b", "title: Paper B")
                .file("content/digests/2024-03-04.md", "---\npapers: [a]\n---\nOne[^1].\n\n[^1]: First.\n")
                .file("content/digests/2024-03-11.md", "---\npapers: [b]\n---\nTwo[^1].\n\n[^1]: Second.\n");
        assertEquals(List.of(), check(site), "check finds no id twice on any page");
        site.build();
        Document home = Jsoup.parse(site.read("index.html"));
        assertEquals(List.of("#intro-2024-03-11-fn-1", "#intro-2024-03-04-fn-1"),
                home.select("a.footnote-ref").eachAttr("href"));
        assertEquals("Second. ↩", home.getElementById("intro-2024-03-11-fn-1").text(),
                "the back-link ends the footnote's paragraph");
    }
}
