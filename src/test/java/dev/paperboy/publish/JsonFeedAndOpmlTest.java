package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The JSON Feed read by Jackson against the JSON Feed 1.1 spec, and the OPML outline read by the JDK's parser. */
class JsonFeedAndOpmlTest {
    private static final String BASE = "https://example.org/reading-group/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonFeedHasTheRequiredFieldsOfVersion11AndTheItemsOfTheRssFeed(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        JsonNode feed = JSON.readTree(site.read("feed.json"));
        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        assertFalse(feed.path("title").asText().isBlank());
        assertEquals(BASE, feed.path("home_page_url").asText());
        assertEquals(BASE + "feed.json", feed.path("feed_url").asText());
        assertEquals("en", feed.path("language").asText());
        assertEquals("The Reading Group", feed.path("authors").path(0).path("name").asText());
        assertTrue(feed.path("items").isArray());
        List<String> urls = new ArrayList<>();
        for (JsonNode item : feed.path("items")) {
            // Required: an id, and content_html or content_text.
            assertTrue(item.path("id").isTextual() && !item.path("id").asText().isEmpty(), item.toString());
            assertTrue(item.path("content_html").isTextual(), item.toString());
            assertEquals(item.path("id").asText(), item.path("url").asText());
            OffsetDateTime.parse(item.path("date_published").asText());
            urls.add(item.path("url").asText());
        }
        List<String> rss = new SyndFeedInput().build(new StringReader(site.read("feed.xml"))).getEntries().stream()
                .map(SyndEntry::getLink).toList();
        assertEquals(rss, urls);
        JsonNode adam = feed.path("items").path(2);
        assertEquals(BASE + "papers/adam-revisited/", adam.path("url").asText());
        assertTrue(adam.path("content_html").asText().contains("<del>new</del>"), adam.toString());
    }

    @Test
    void jsonFeedKeepsQuotesBackslashesAndControlCharactersOfTitlesAsData(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp).file("content/site.yaml", "title: 'The \"best\" \\\\ papers'\n"
                + TestSite.THEMES);
        site.paper("p1", "title: \"A \\\"quoted\\\" title \\\\ with </script> and \\t tab\"\nthemes: [rl]");
        site.digest("2024-01-01", "p1");
        site.build();
        JsonNode feed = JSON.readTree(site.read("feed.json"));
        assertEquals("The \"best\" \\\\ papers (JSON Feed)", feed.path("title").asText());
        assertEquals("A \"quoted\" title \\ with </script> and \t tab",
                feed.path("items").path(0).path("title").asText());
    }

    @Test
    void everyPageAdvertisesTheJsonFeedAndLinksTheOpmlOutline(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        for (String page : List.of("index.html", "papers/adam-revisited/index.html", "themes/rl/index.html")) {
            Document html = Jsoup.parse(site.read(page), BASE + page);
            Element json = html.selectFirst("link[rel=alternate][type=application/feed+json]");
            assertEquals(BASE + "feed.json", json.absUrl("href"), page);
            Element opml = html.selectFirst("footer a[type=text/x-opml]");
            assertEquals(BASE + "feeds.opml", opml.absUrl("href"), page);
        }
    }

    @Test
    void opmlOutlineListsTheMainFeedTheDigestsFeedAndEveryThemeFeedOnce(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document opml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                site.read("feeds.opml").getBytes(StandardCharsets.UTF_8)));
        assertEquals("2.0", opml.getDocumentElement().getAttribute("version"));
        assertFalse(opml.getElementsByTagName("title").item(0).getTextContent().isBlank());
        NodeList outlines = opml.getElementsByTagName("outline");
        List<String> feeds = new ArrayList<>();
        for (int i = 0; i < outlines.getLength(); i++) {
            org.w3c.dom.Element outline = (org.w3c.dom.Element) outlines.item(i);
            assertEquals("rss", outline.getAttribute("type"));
            assertFalse(outline.getAttribute("text").isBlank());
            String xmlUrl = outline.getAttribute("xmlUrl");
            feeds.add(xmlUrl);
            // Every outline names a feed Rome reads, and the page it belongs to.
            String path = xmlUrl.substring(BASE.length());
            new SyndFeedInput().build(new StringReader(site.read(path)));
            assertTrue(outline.getAttribute("htmlUrl").startsWith(BASE), outline.getAttribute("htmlUrl"));
        }
        assertEquals(List.of(BASE + "feed.xml", BASE + "digests.xml", BASE + "themes/optimization/feed.xml",
                BASE + "themes/rl/feed.xml", BASE + "themes/theory/feed.xml"), feeds);
    }
}
