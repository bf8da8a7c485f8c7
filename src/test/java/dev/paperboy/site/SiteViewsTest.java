package dev.paperboy.site;

import static dev.paperboy.site.Contents.config;
import static dev.paperboy.site.Contents.digest;
import static dev.paperboy.site.Contents.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.paperboy.content.Content;
import dev.paperboy.content.Paper;
import dev.paperboy.diag.Diagnostics;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteViewsTest {
    private static final MarkdownRenderer PLAIN = (markdown, topLevel, source) -> new Html(markdown, markdown);
    private static final RelatedPaperLists NO_RELATED = new RelatedPaperLists(Map.of());

    /** A rebuild that changes no content: new related lists. */
    private static ModelChange noChange(SiteModel model) {
        return new ModelChange(model, model, Set.of(), Set.of(), Set.of());
    }

    private static SiteViews views(String configYaml, Content content, RelatedPapersFinder related) {
        SiteModel model = SiteModelBuilder.build(content, config(configYaml), Set.of(), false, Clock.systemUTC(),
                new Diagnostics()).orElseThrow();
        return SiteViews.of(model, PLAIN, RelatedPaperLists.find(related, model));
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
        SiteViews reused = SiteViews.reusing(previous, model, PLAIN, NO_RELATED);
        SiteViews fresh = SiteViews.of(model, PLAIN, NO_RELATED);

        PaperEntry entryA = model.paper("a").orElseThrow();
        assertSame(previous.paperPage(previous.model().paper("a").orElseThrow()).paper(),
                reused.paperPage(entryA).paper());
        assertEquals(fresh.paperPage(entryA), reused.paperPage(entryA));
        assertEquals(fresh.digestPage(0), reused.digestPage(0));
        assertEquals(fresh.home(), reused.home());
    }

    @Test
    void patchedViewsNameThePagesAnEditMayHaveChanged() {
        EditableContent content = new EditableContent().put(paper("a", "rl")).put(paper("b", "rl"))
                .put(paper("c", "rl")).put(paper("d", "theory")).put(digest("2024-01-01", false, "d"))
                .put(digest("2024-02-01", false, "a", "b", "c"));
        SiteModel model = SiteModelBuilder.build(content.content(), config(""), Set.of(), false, Clock.systemUTC(),
                new Diagnostics()).orElseThrow();
        SiteViews views = SiteViews.of(model, PLAIN, new RelatedPaperLists(Map.of("d", List.of("b"))));
        content.put(paper("b", "optimization"));
        ModelChange change = SiteModelPatch.patch(model, content, Set.of("b"), Set.of(), false,
                LocalDate.parse("2024-06-01")).orElseThrow();

        SiteViews.Patch patch = views.patched(change, new RelatedPaperLists(Map.of("d", List.of("b"))));
        assertEquals(new StalePages(true, Set.of(LocalDate.parse("2024-02-01")), Set.of("a", "b", "c", "d"),
                Set.of("optimization", "rl"), Map.of(), false, true, true, true, Set.of("optimization", "rl"), Set.of()),
                patch.stale(),
                "b, its neighbours, d whose related list names it, its digest, home, its old and new themes");

        RelatedPaperLists newLists = new RelatedPaperLists(Map.of("d", List.of("b"), "a", List.of("c")));
        SiteViews.Patch related = patch.views().patched(noChange(change.after()), newLists);
        assertEquals(new StalePages(false, Set.of(), Set.of("a"), Set.of(), Map.of(), false, false, false, false,
                Set.of(), Set.of()), related.stale(), "a new related list shows on its paper's page only");

        content.put(paper("d", "Title of d, retitled", "", false, List.of("theory")));
        ModelChange retitled = SiteModelPatch.patch(change.after(), content, Set.of("d"), Set.of(), false,
                LocalDate.parse("2024-06-01")).orElseThrow();
        assertEquals(new StalePages(true, Set.of(LocalDate.parse("2024-01-01")), Set.of("d"), Set.of(),
                Map.of("theory", Set.of(1)), false, false, true, true, Set.of("theory"), Set.of("d")),
                related.views().patched(retitled, newLists).stale(),
                "a theme with the same papers in the same order changes on the retitled paper's page only");
    }

    @Test
    void aRetitleThatShiftsCitationKeysNamesEveryPaperWhoseKeyChanged() {
        EditableContent content = new EditableContent().put(paper("a", "rl")).put(paper("b", "rl"))
                .put(paper("c", "theory")).put(digest("2024-01-01", false, "c"))
                .put(digest("2024-02-01", false, "a", "b"));
        SiteModel model = SiteModelBuilder.build(content.content(), config(""), Set.of(), false, Clock.systemUTC(),
                new Diagnostics()).orElseThrow();
        SiteViews views = SiteViews.of(model, PLAIN, NO_RELATED);
        content.put(paper("c", "Another title", "", false, List.of("theory")));
        ModelChange retitled = SiteModelPatch.patch(model, content, Set.of("c"), Set.of(), false,
                LocalDate.parse("2024-06-01")).orElseThrow();
        StalePages stale = views.patched(retitled, NO_RELATED).stale();
        assertEquals(Set.of("a", "b", "c"), stale.citations(),
                "c, first seen, held anon2024title; a takes it and b becomes anon2024titleb");
        assertTrue(stale.papers().containsAll(Set.of("a", "b", "c")), "their pages show their keys");
    }

    @Test
    void aPaperMovedToANewerDigestChangesTheMonthsEveryPageOfItsThemeShows() {
        EditableContent content = new EditableContent();
        List.of("a", "b", "c", "d").forEach(slug -> content.put(paper(slug, "rl")));
        content.put(paper("h", "theory")).put(digest("2024-01-01", false, "a", "b"))
                .put(digest("2024-02-01", false, "c", "d", "b"));
        SiteModel model = SiteModelBuilder.build(content.content(), config("theme_page_size: 2\n"), Set.of(), false,
                Clock.systemUTC(), new Diagnostics()).orElseThrow();
        SiteViews views = SiteViews.of(model, PLAIN, NO_RELATED);
        content.put(digest("2024-01-01", false, "a", "h"));
        ModelChange change = SiteModelPatch.patch(model, content, Set.of(), Set.of(LocalDate.parse("2024-01-01")),
                false, LocalDate.parse("2024-06-01")).orElseThrow();

        SiteViews.Patch patch = views.patched(change, NO_RELATED);
        ThemeEntry rl = patch.views().model().themes().get(1);
        assertEquals(List.of("c", "d", "b", "a"), rl.papers().stream().map(entry -> entry.paper().slug()).toList());
        assertSame(model.themes().get(1).papers().get(0), rl.papers().get(0), "page 1 shows the same papers");
        assertNotEquals(views.themePage(model.themes().get(1), 1), patch.views().themePage(rl, 1), "but new months");
        assertEquals(Set.of("rl", "theory"), patch.stale().themes(), "h is new in theory");
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
        PaperPage page = views.paperPage(views.model().paper("a").orElseThrow());
        assertEquals(List.of(new PaperLink("Title of c", "papers/c/index.html")), page.related());
        assertEquals(List.of(), views.paperPage(views.model().paper("b").orElseThrow()).related());
    }
}
