package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What digest, theme and home pages show of their papers, so a reader can scan them. */
class PageLookTest {
    private static TestSite site(Path root) throws Exception {
        TestSite site = TestSite.in(root)
                .paper("noted", "title: Noted\nabstract: What it found.\nupvotes: 12\nthemes: [rl, optimization]",
                        "Why it is here.\n")
                .paper("plain", "title: Plain\nabstract: Also found.\nthemes: [rl]")
                .paper("other", "title: Other\nthemes: [optimization]")
                .digest("2024-03-04", "noted", "plain", "other")
                .file("content/digests/2024-03-11.md", "---\ntitle: A titled week\npapers: [plain]\n---\n");
        site.build();
        return site;
    }

    @Test
    void cardsShowTheCuratorsNoteBeforeTheAbstractAndCarryTheirUpvotes(@TempDir Path temp) throws Exception {
        Document digest = Jsoup.parse(site(temp).read("digests/2024-03-04/index.html"));
        Element noted = digest.selectFirst("article.paper:has(a[href$=noted/])");
        assertTrue(noted.selectFirst(".note").elementSiblingIndex() < noted.selectFirst(".abstract")
                .elementSiblingIndex(), noted.html());
        assertEquals("12", noted.attr("data-upvotes"));
        assertEquals("", digest.selectFirst("article.paper:has(a[href$=plain/])").attr("data-upvotes"));
    }

    @Test
    void listsMarkThePapersWithANote(@TempDir Path temp) throws Exception {
        Document home = Jsoup.parse(site(temp).read("index.html"));
        assertEquals(List.of("Other", "Noted note", "Plain"),
                home.select("section:has(#digest-2024-03-04) ul.titles li").eachText());
    }

    @Test
    void anUntitledDigestShowsItsDateOnceAndATitledOneUnderItsTitle(@TempDir Path temp) throws Exception {
        TestSite site = site(temp);
        Document untitled = Jsoup.parse(site.read("digests/2024-03-04/index.html"));
        assertEquals("4 March 2024", untitled.selectFirst("h1").text());
        assertEquals("3 papers · BibTeX of all papers", untitled.selectFirst(".page-header .meta").text());
        Document titled = Jsoup.parse(site.read("digests/2024-03-11/index.html"));
        assertEquals("A titled week", titled.selectFirst("h1").text());
        assertEquals("11 March 2024 · 1 paper · BibTeX of all papers", titled.selectFirst(".page-header .meta").text());
        Document home = Jsoup.parse(site.read("index.html"));
        assertEquals("3 papers", home.selectFirst("#digest-2024-03-04 + .meta").text());
    }

    @Test
    void aDigestListsItsThemesAsOneRowOfChipsWithCounts(@TempDir Path temp) throws Exception {
        Document digest = Jsoup.parse(site(temp).read("digests/2024-03-04/index.html"));
        assertEquals(List.of("Optimization 1 paper", "Reinforcement learning 2 papers"),
                digest.select("nav.toc ul.chips a").eachText());
    }

    @Test
    void aThemePageDoesNotRepeatItsOwnThemeOnEachCard(@TempDir Path temp) throws Exception {
        Document rl = Jsoup.parse(site(temp).read("themes/rl/index.html"));
        assertEquals(List.of("Optimization"), rl.selectFirst("article.paper:has(a[href$=noted/])")
                .select(".tags a").eachText());
        assertNull(rl.selectFirst("article.paper:has(a[href$=plain/]) .tags"), "its only theme is the page's");
    }
}
