package dev.paperboy.site;

import static dev.paperboy.site.Contents.config;
import static dev.paperboy.site.Contents.digest;
import static dev.paperboy.site.Contents.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.content.Content;
import dev.paperboy.content.Paper;
import dev.paperboy.diag.Diagnostics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteViewsTest {
    private static final MarkdownRenderer PLAIN = (markdown, topLevel) -> new Html(markdown, markdown);

    private static SiteViews views(String configYaml, Content content, RelatedPapersFinder related) {
        SiteModel model = SiteModelBuilder.build(content, config(configYaml), Set.of(), false, Clock.systemUTC(),
                new Diagnostics()).orElseThrow();
        return new SiteViews(model, PLAIN, related);
    }

    @Test
    void reusingViewsSharesTheCardsOfUnchangedPapersAndMakesEqualPages() {
        Paper a = paper("a", "rl");
        Paper b = paper("b", "rl");
        Content before = new Content(List.of(a, b), List.of(digest("2024-01-01", false, "a", "b")));
        Content after = new Content(List.of(a, paper("b", "optimization")), before.digests());
        SiteViews previous = views("", before, RelatedPapersFinder.NONE);
        SiteModel model = SiteModelBuilder.build(after, config(""), Set.of(), false, Clock.systemUTC(),
                new Diagnostics()).orElseThrow();
        SiteViews reused = SiteViews.reusing(previous, model, PLAIN, Map.of());
        SiteViews fresh = new SiteViews(model, PLAIN, RelatedPapersFinder.NONE);

        PaperEntry entryA = model.papersBySlug().get("a");
        assertSame(previous.paperPage(previous.model().papersBySlug().get("a")).paper(),
                reused.paperPage(entryA).paper());
        assertEquals(fresh.paperPage(entryA), reused.paperPage(entryA));
        assertEquals(fresh.digestPage(0), reused.digestPage(0));
        assertEquals(fresh.home(), reused.home());
    }

    @Test
    void reusedViewsTellWhichPaperPagesMayHaveChanged() {
        Content before = new Content(List.of(paper("a", "rl"), paper("b", "rl"), paper("c", "rl")),
                List.of(digest("2024-01-01", false, "a", "b", "c")));
        Content after = new Content(List.of(before.papers().get(0), paper("b", "optimization"),
                before.papers().get(2)), before.digests());
        SiteViews previous = views("", before, RelatedPapersFinder.NONE);
        SiteModel model = SiteModelBuilder.build(after, config(""), Set.of(), false, Clock.systemUTC(),
                new Diagnostics()).orElseThrow();
        SiteViews reused = SiteViews.reusing(previous, model, PLAIN, Map.of());
        Map<String, PaperEntry> entries = model.papersBySlug();

        assertFalse(previous.samePaperPage(previous.model().papersBySlug().get("a")), "nothing to compare with");
        assertFalse(reused.samePaperPage(entries.get("b")), "the edited paper");
        assertFalse(reused.samePaperPage(entries.get("a")), "its neighbour links to it");
        SiteViews again = SiteViews.reusing(reused, model, PLAIN, Map.of());
        assertTrue(again.samePaperPage(entries.get("a")), "nothing changed");
        SiteViews relatedChanged = SiteViews.reusing(again, model, PLAIN, Map.of("c", List.of("a")));
        assertFalse(relatedChanged.samePaperPage(entries.get("c")), "a new related list");
        assertTrue(relatedChanged.samePaperPage(entries.get("a")));
    }

    @Test
    void themePagesHaveStablePathsAndHoldThePageSize() {
        List<Paper> papers = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            papers.add(paper("p" + i, "rl"));
            slugs.add("p" + i);
        }
        SiteViews views = views("theme_page_size: 2\n", new Content(papers,
                List.of(digest("2024-01-01", false, slugs.subList(0, 3).toArray(String[]::new)),
                        digest("2024-02-01", false, slugs.subList(3, 5).toArray(String[]::new)))),
                RelatedPapersFinder.NONE);
        List<ThemePage> pages = views.themePages(views.model().themes().get(1));
        assertEquals(3, pages.size());
        assertEquals(List.of("themes/rl/index.html", "themes/rl/page/2/index.html", "themes/rl/page/3/index.html"),
                pages.get(0).pagination().links().stream().map(PageLink::path).toList());
        assertNull(pages.get(0).pagination().previous());
        assertEquals("themes/rl/page/3/index.html", pages.get(1).pagination().next());
        assertEquals(List.of("2024-02-01"), pages.get(0).groups().stream().map(g -> g.digest().date().iso()).toList());
        assertEquals(List.of("2024-01-01"),
                pages.get(1).groups().stream().map(g -> g.digest().date().iso()).toList());
        assertEquals(List.of(new MonthCount("February 2024", "2024-02", 2),
                new MonthCount("January 2024", "2024-01", 3)), pages.get(0).months());
        assertEquals(1, views.themePages(views.model().themes().get(0)).size(), "an empty theme has one page");
    }

    @Test
    void archiveCountsDigestsAndPapersByYearAndMonthNewestFirst() {
        SiteViews views = views("", new Content(List.of(paper("a"), paper("b"), paper("c")),
                List.of(digest("2023-12-30", false, "a"), digest("2024-01-02", false, "a", "b"),
                        digest("2024-01-09", false, "c"))), RelatedPapersFinder.NONE);
        ArchivePage archive = views.archive();
        assertEquals(List.of(2024, 2023), archive.years().stream().map(ArchiveYear::year).toList());
        ArchiveYear year = archive.years().get(0);
        assertEquals(2, year.digestCount());
        assertEquals(3, year.paperCount());
        assertEquals("January", year.months().get(0).name());
        assertEquals(List.of("2024-01-09", "2024-01-02"),
                year.months().get(0).digests().stream().map(d -> d.date().iso()).toList());
        assertEquals(3, archive.digestCount());
    }

    @Test
    void relatedPapersComeFromTheFinderLimitedToPublishedOnes() {
        RelatedPapersFinder finder = (papers, config) -> Map.of("a", List.of("unpublished", "a", "c", "b"));
        SiteViews views = views("related_papers: 1\n", new Content(List.of(paper("a"), paper("b"), paper("c")),
                List.of(digest("2024-01-01", false, "a", "b", "c"))), finder);
        PaperPage page = views.paperPage(views.model().papersBySlug().get("a"));
        assertEquals(List.of(new PaperLink("Title of c", "papers/c/index.html")), page.related());
        assertEquals(List.of(), views.paperPage(views.model().papersBySlug().get("b")).related());
    }
}
