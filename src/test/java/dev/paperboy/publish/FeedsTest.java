package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds read back by Rome, an independent parser. */
class FeedsTest {
    private static final String BASE = "https://example.org/reading-group/";

    private static SyndFeed parse(TestSite site, String path) throws Exception {
        return new SyndFeedInput().build(new StringReader(site.read(path)));
    }

    @Test
    void mainRssFeedHasOneItemPerPaperNewestDigestFirstWithAbsoluteLinksAndUniqueGuids(@TempDir Path temp)
            throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        SyndFeed feed = parse(site, "feed.xml");
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Reading Group Digest", feed.getTitle());
        assertEquals(BASE, feed.getLink());
        assertFalse(feed.getDescription().isBlank());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(List.of("scaling-laws", "unthemed-note", "adam-revisited", "policy-gradients",
                "grokking-theory"), entries.stream().map(e -> e.getLink().replaceAll(".*/papers/(.*)/", "$1")).toList());
        assertEquals(entries.size(), new HashSet<>(entries.stream().map(SyndEntry::getUri).toList()).size());
        for (SyndEntry entry : entries) {
            assertTrue(entry.getLink().startsWith(BASE + "papers/"), entry.getLink());
            assertNotNull(entry.getPublishedDate(), entry.getTitle());
            assertFalse(entry.getDescription().getValue().isBlank());
        }
        // 11 March 2024, midnight in Europe/Berlin
        assertEquals(Instant.parse("2024-03-10T23:00:00Z"), entries.get(0).getPublishedDate().toInstant());
        assertTrue(site.read("feed.xml").contains(
                "<atom:link href=\"" + BASE + "feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>"));
    }

    @Test
    void curatorNoteIsInTheDescriptionAsEscapedHtml(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        SyndEntry adam = parse(site, "feed.xml").getEntries().stream()
                .filter(entry -> entry.getTitle().startsWith("Adam")).findFirst().orElseThrow();
        String html = adam.getDescription().getValue();
        assertTrue(html.contains("<p>We revisit Adam"), html);
        assertTrue(html.contains("<del>new</del>"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void atomFeedMatchesTheRssFeed(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        SyndFeed rss = parse(site, "feed.xml");
        SyndFeed atom = parse(site, "atom.xml");
        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals(rss.getEntries().stream().map(SyndEntry::getLink).toList(),
                atom.getEntries().stream().map(SyndEntry::getLink).toList());
        assertEquals(Instant.parse("2024-03-10T23:00:00Z"), atom.getPublishedDate().toInstant());
        assertTrue(site.read("atom.xml").contains("<updated>2024-03-11T00:00:00+01:00</updated>"));
        for (SyndEntry entry : atom.getEntries()) {
            assertNotNull(entry.getUpdatedDate());
            assertTrue(entry.getUri().startsWith(BASE));
        }
    }

    @Test
    void digestsFeedHasOneItemPerDigestListingItsPapers(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        List<SyndEntry> entries = parse(site, "digests.xml").getEntries();
        assertEquals(List.of(BASE + "digests/2024-03-11/", BASE + "digests/2024-03-04/"),
                entries.stream().map(SyndEntry::getLink).toList());
        String html = entries.get(1).getDescription().getValue();
        assertTrue(html.contains("<strong>three</strong>"), html);
        assertTrue(html.contains("<a href=\"" + BASE + "papers/adam-revisited/\">"), html);
    }

    @Test
    void eachThemeHasItsOwnFeed(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        assertEquals(List.of(BASE + "papers/scaling-laws/", BASE + "papers/adam-revisited/",
                        BASE + "papers/policy-gradients/"),
                parse(site, "themes/optimization/feed.xml").getEntries().stream().map(SyndEntry::getLink).toList());
        assertEquals(1, parse(site, "themes/rl/feed.xml").getEntries().size());
    }

    @Test
    void feedsOfASiteWithoutDigestsAreEmptyButValid(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp);
        site.build();
        for (String feed : List.of("feed.xml", "atom.xml", "digests.xml", "themes/rl/feed.xml")) {
            SyndFeed parsed = parse(site, feed);
            assertEquals(0, parsed.getEntries().size(), feed);
            assertEquals("Test site", parsed.getTitle().replace(": digests", "").replace(": Reinforcement learning", ""));
        }
    }

    @Test
    void feedItemCountsFollowTheConfiguredSizes(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp).file("content/site.yaml", "title: T\nfeed_items: 2\ndigest_feed_items: 1\n"
                + "theme_feed_items: 1\n" + TestSite.THEMES);
        for (int i = 1; i <= 4; i++) {
            site.paper("p" + i, "title: Paper " + i + "\nthemes: [rl]");
        }
        site.digest("2024-01-01", "p1", "p2").digest("2024-01-02", "p3", "p4");
        site.build();
        assertEquals(List.of("Paper 3", "Paper 4"),
                parse(site, "feed.xml").getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals(1, parse(site, "digests.xml").getEntries().size());
        assertEquals(1, parse(site, "themes/rl/feed.xml").getEntries().size());
    }
}
