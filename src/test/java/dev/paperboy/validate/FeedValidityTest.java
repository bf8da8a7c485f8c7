package dev.paperboy.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.paperboy.config.ThemeDef;
import dev.paperboy.content.Content;
import dev.paperboy.content.ContentStore;
import dev.paperboy.content.Digest;
import dev.paperboy.content.Paper;
import dev.paperboy.content.SiteLayout;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every feed of this repository's built site, read by Rome: the right flavour, as many items as the content and
 * site.yaml call for (counted here from content/, not from the build's model), absolute links that resolve,
 * unique ids, real dates.
 */
class FeedValidityTest {
    private static RepoSite site;
    private static Set<Paper> published;
    private static List<Digest> digests;

    @BeforeAll
    static void build() throws Exception {
        site = RepoSite.get();
        Content content = ContentStore.read(new YamlReader(), new SiteLayout(Path.of(".")), new Diagnostics());
        LocalDate today = LocalDate.now(site.config().timeZone());
        digests = content.digests().stream().filter(d -> !d.draft() && !d.date().isAfter(today)).toList();
        Map<String, Paper> bySlug = content.papers().stream()
                .collect(Collectors.toMap(Paper::slug, Function.identity()));
        published = digests.stream().flatMap(d -> d.papers().stream()).map(bySlug::get)
                .filter(paper -> !paper.draft()).collect(Collectors.toSet());
    }

    private static SyndFeed parse(String path) throws Exception {
        try (XmlReader reader = new XmlReader(site.out().resolve(path).toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    @Test
    void paperFeedsHaveTheNewestPapersInRssAndAtom() throws Exception {
        int expected = Math.min(site.config().feedItems(), published.size());
        SyndFeed rss = checked("feed.xml", "rss_2.0", expected);
        SyndFeed atom = checked("atom.xml", "atom_1.0", expected);
        assertEquals(rss.getEntries().stream().map(SyndEntry::getLink).toList(),
                atom.getEntries().stream().map(SyndEntry::getLink).toList());
    }

    @Test
    void jsonFeedHasTheItemsOfTheRssFeed() throws Exception {
        JsonNode feed = new ObjectMapper().readTree(site.out().resolve("feed.json").toFile());
        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        assertTrue(!feed.path("title").asText().isBlank());
        List<String> urls = new ArrayList<>();
        for (JsonNode item : feed.path("items")) {
            assertTrue(!item.path("id").asText().isBlank() && item.path("content_html").isTextual(), item.toString());
            urls.add(item.path("url").asText());
        }
        assertEquals(parse("feed.xml").getEntries().stream().map(SyndEntry::getLink).toList(), urls);
    }

    @Test
    void opmlOutlineListsEveryRssFeedOfTheSite() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList outlines = factory.newDocumentBuilder().parse(site.out().resolve("feeds.opml").toFile())
                .getElementsByTagName("outline");
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < outlines.getLength(); i++) {
            listed.add(((Element) outlines.item(i)).getAttribute("xmlUrl").substring(site.config().baseUrl().length()));
        }
        Set<String> rssFeeds = new HashSet<>();
        for (String xml : site.files(".xml")) {
            if (Files.readString(site.out().resolve(xml)).contains("<rss ")) {
                rssFeeds.add(xml);
            }
        }
        assertEquals(site.config().themes().size() + 2, rssFeeds.size());
        assertEquals(rssFeeds, listed);
        assertEquals(rssFeeds.size(), outlines.getLength(), "each feed once");
    }

    @Test
    void digestFeedHasTheNewestDigests() throws Exception {
        checked("digests.xml", "rss_2.0", Math.min(site.config().digestFeedItems(), digests.size()));
    }

    @Test
    void everyThemeHasAFeedOfItsNewestPapers() throws Exception {
        for (ThemeDef theme : site.config().themes()) {
            long papers = published.stream().filter(paper -> paper.themes().contains(theme.slug())).count();
            checked("themes/" + theme.slug() + "/feed.xml", "rss_2.0",
                    (int) Math.min(site.config().themeFeedItems(), papers));
        }
    }

    private static SyndFeed checked(String path, String type, int items) throws Exception {
        SyndFeed feed = parse(path);
        String base = site.config().baseUrl();
        assertEquals(type, feed.getFeedType(), path);
        assertEquals(items, feed.getEntries().size(), path);
        assertTrue(feed.getLink().startsWith(base), path + ": " + feed.getLink());
        Set<String> ids = new HashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            assertTrue(link.startsWith(base), path + ": " + link);
            assertTrue(Files.isRegularFile(site.out().resolve(link.substring(base.length()) + "index.html")),
                    path + ": " + link);
            assertTrue(ids.add(entry.getUri()), path + ": duplicate id " + entry.getUri());
            assertTrue(entry.getUri().startsWith(base), path + ": " + entry.getUri());
            Instant date = entry.getPublishedDate().toInstant();
            assertTrue(date.isAfter(Instant.parse("2000-01-01T00:00:00Z")) && date.isBefore(Instant.now()),
                    path + ": " + date);
            assertTrue(!entry.getTitle().isBlank(), path + ": blank title");
        }
        return feed;
    }
}
