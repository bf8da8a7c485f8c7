package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds read back by Rome, an independent parser. */
class FeedsTest {
    private static final String BASE = "https://example.org/reading-group/";
    private static final Pattern STYLESHEET =
            Pattern.compile("<\\?xml-stylesheet type=\"text/xsl\" href=\"([^\"]+)\"\\?>");

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
        assertEquals("Reading Group Digest (RSS)", feed.getTitle());
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
        assertEquals(Instant.parse("2024-03-10T23:00:01Z"), atom.getPublishedDate().toInstant());
        assertTrue(site.read("atom.xml").contains("<published>2024-03-11T00:00:00+01:00</published>"));
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
            assertTrue(parsed.getTitle().startsWith("Test site"), parsed.getTitle());
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

    @Test
    void atomEntriesHaveDistinctUpdatedTimesInTheDigestsReadingOrder(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        SyndFeed atom = parse(site, "atom.xml");
        List<Instant> updated = atom.getEntries().stream().map(entry -> entry.getUpdatedDate().toInstant()).toList();
        assertEquals(updated.size(), new HashSet<>(updated).size(), updated.toString());
        for (int i = 1; i < updated.size(); i++) {
            assertTrue(updated.get(i - 1).isAfter(updated.get(i)), updated.toString());
        }
        // The second of the three papers of the 11 March digest (the first is dated by an earlier digest): one
        // second after its midnight, the third at midnight.
        assertEquals(Instant.parse("2024-03-10T23:00:01Z"), updated.get(0));
        assertEquals(Instant.parse("2024-03-10T23:00:00Z"), updated.get(1));
        assertEquals(updated.get(0), atom.getPublishedDate().toInstant(), "the feed is as new as its newest entry");
        for (SyndEntry entry : atom.getEntries()) {
            assertFalse(entry.getUpdatedDate().before(entry.getPublishedDate()), entry.getTitle());
        }
        site.build();
        assertEquals(updated, parse(site, "atom.xml").getEntries().stream()
                .map(entry -> entry.getUpdatedDate().toInstant()).toList(), "stable from build to build");
    }

    @Test
    void rssAtomAndJsonFeedsHaveTitlesAReaderTellsApartAsTheirLinksNameThem(@TempDir Path temp)
            throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        String rss = parse(site, "feed.xml").getTitle();
        String atom = parse(site, "atom.xml").getTitle();
        assertEquals("Reading Group Digest (RSS)", rss);
        assertEquals("Reading Group Digest (Atom)", atom);
        Document home = Jsoup.parse(site.read("index.html"));
        assertEquals(rss, home.selectFirst("link[rel=alternate][href=feed.xml]").attr("title"));
        assertEquals(atom, home.selectFirst("link[rel=alternate][href=atom.xml]").attr("title"));
    }

    @Test
    void feedsOpenedInABrowserShowWhatAFeedIsAndTheirItemsThroughTheirStylesheet(@TempDir Path temp)
            throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        for (String path : List.of("feed.xml", "atom.xml", "digests.xml", "themes/optimization/feed.xml")) {
            String xml = site.read(path);
            Matcher stylesheet = STYLESHEET.matcher(xml);
            assertTrue(stylesheet.find(), path);
            Path xsl = site.out().resolve(path).resolveSibling(stylesheet.group(1)).normalize();
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            StringWriter html = new StringWriter();
            factory.newTransformer(new StreamSource(xsl.toFile()))
                    .transform(new StreamSource(new StringReader(xml)), new StreamResult(html));
            Document page = Jsoup.parse(html.toString(), BASE);
            SyndFeed feed = parse(site, path);
            assertTrue(page.selectFirst(".about").text().startsWith("This is a web feed."), path);
            assertEquals(feed.getTitle(), page.selectFirst("h1").text(), path);
            assertEquals(feed.getEntries().stream().map(SyndEntry::getLink).toList(),
                    page.select("li > a").stream().map(a -> a.attr("href")).toList(), path);
            assertEquals(feed.getEntries().stream().map(SyndEntry::getTitle).toList(),
                    page.select("li > a").stream().map(Element::text).toList(), path);
        }
    }
}
