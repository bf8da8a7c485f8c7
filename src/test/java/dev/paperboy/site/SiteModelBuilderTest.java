package dev.paperboy.site;

import static dev.paperboy.site.Contents.config;
import static dev.paperboy.site.Contents.digest;
import static dev.paperboy.site.Contents.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.content.Content;
import dev.paperboy.content.Paper;
import dev.paperboy.diag.Diagnostics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteModelBuilderTest {
    /** 22:30 UTC on 31 May is already 1 June in Berlin, the site's time zone. */
    private static final Clock LATE_EVENING = Clock.fixed(Instant.parse("2024-05-31T22:30:00Z"), ZoneOffset.UTC);

    private static SiteModel build(Content content, boolean drafts) {
        Diagnostics diagnostics = new Diagnostics();
        return SiteModelBuilder.build(content, config(""), Set.of(), drafts, LATE_EVENING, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.formatted()));
    }

    private static List<String> slugs(List<Paper> papers) {
        return papers.stream().map(Paper::slug).toList();
    }

    @Test
    void groupsDigestPapersByFirstThemeInTaxonomyOrderWithUnthemedLast() {
        Content content = new Content(
                List.of(paper("a", "theory"), paper("b"), paper("c", "optimization", "theory"), paper("d", "theory")),
                List.of(digest("2024-01-01", false, "b", "a", "c", "d")));
        DigestEntry digest = build(content, false).digests().get(0);
        assertEquals(List.of("optimization", "theory"),
                digest.groups().stream().limit(2).map(group -> group.theme().slug()).toList());
        assertNull(digest.groups().get(2).theme());
        assertEquals(List.of("c", "a", "d", "b"), slugs(digest.papers()));
    }

    @Test
    void leavesOutDraftsAndDigestsAfterTodayInTheSiteTimeZone() {
        Content content = new Content(List.of(paper("a"), paper("hidden", true), paper("later")),
                List.of(digest("2024-01-01", false, "a", "hidden"), digest("2024-02-01", true, "a"),
                        digest("2024-06-01", false, "later"), digest("2024-06-02", false, "later")));
        SiteModel published = build(content, false);
        assertEquals(List.of("2024-01-01", "2024-06-01"),
                published.digests().stream().map(entry -> entry.digest().date().toString()).toList());
        assertEquals(List.of("a", "later"), published.papers().stream().map(entry -> entry.paper().slug()).toList());
        assertEquals(4, build(content, true).digests().size());
        assertEquals(3, build(content, true).papers().size());
    }

    @Test
    void paperKnowsEveryDigestListingItAndItsNeighboursInItsFirstDigest() {
        Content content = new Content(List.of(paper("a"), paper("b"), paper("c")),
                List.of(digest("2024-01-01", false, "a", "b", "c"), digest("2024-01-08", false, "b")));
        PaperEntry b = build(content, false).paper("b").orElseThrow();
        assertEquals(2, b.digests().size());
        assertEquals("a", b.previous().slug());
        assertEquals("c", b.next().slug());
        assertNull(build(content, false).paper("a").orElseThrow().previous());
    }

    @Test
    void themesListTheirPapersByFirstDigestNewestFirst() {
        Content content = new Content(List.of(paper("old", "rl"), paper("new", "rl", "theory"), paper("both", "rl")),
                List.of(digest("2024-01-01", false, "old", "both"), digest("2024-01-08", false, "new", "both")));
        SiteModel model = build(content, false);
        ThemeEntry rl = model.themes().get(1);
        assertEquals(List.of("new", "old", "both"), rl.papers().stream().map(entry -> entry.paper().slug()).toList());
        assertEquals(1, model.themes().get(2).papers().size());
        assertTrue(model.themes().get(0).papers().isEmpty());
    }

    @Test
    void reportsUnknownThemesAndMissingPapersWithTheirLinesAllAtOnce() {
        Content content = new Content(List.of(paper("a", "rl", "optimisation"), paper("b", "nope")),
                List.of(digest("2024-01-01", false, "a", "ghost"), digest("2024-01-02", true, "phantom", "b")));
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(SiteModelBuilder.build(content, config(""), Set.of(), false, LATE_EVENING, diagnostics).isEmpty());
        assertEquals(List.of(
                "content/digests/2024-01-01.md:11:5: error: paper \"ghost\" is listed but content/papers/ghost.md "
                        + "does not exist",
                "content/digests/2024-01-02.md:10:5: error: paper \"phantom\" is listed but "
                        + "content/papers/phantom.md does not exist",
                "content/papers/a.md:11:5: error: unknown theme \"optimisation\" (known: optimization, rl, theory)",
                "content/papers/b.md:10:5: error: unknown theme \"nope\" (known: optimization, rl, theory)"),
                diagnostics.formatted());
    }

    @Test
    void aListedPaperWhoseFileFailedToLoadIsNotReportedAgain() {
        Content content = new Content(List.of(), List.of(digest("2024-01-01", false, "unreadable")));
        Diagnostics diagnostics = new Diagnostics();
        SiteModelBuilder.build(content, config(""), Set.of("unreadable"), false, LATE_EVENING, diagnostics);
        assertTrue(diagnostics.isEmpty(), diagnostics.formatted().toString());
    }

    @Test
    void duplicatePaperSlugsAreErrors() {
        Content content = new Content(List.of(paper("a"), paper("a")), List.of());
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(SiteModelBuilder.build(content, config(""), Set.of(), false, LATE_EVENING, diagnostics).isEmpty());
        assertEquals(1, diagnostics.errorCount());
    }
}
