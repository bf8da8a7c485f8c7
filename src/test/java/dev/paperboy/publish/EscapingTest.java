package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing text is data: it is escaped everywhere and never runs, in pages or feeds. */
class EscapingTest {
    private static final String TITLE = "<script>alert(1)</script>";
    private static final String ABSTRACT = "Look: <img src=x onerror=alert(1)>";

    private static TestSite hostileSite(Path temp) {
        return TestSite.in(temp)
                .paper("xss", "title: \"" + TITLE + "\"\nabstract: \"" + ABSTRACT + "\"\nthemes: [rl]",
                        "Click [me](javascript:alert(2)) or <a href=\"javascript:alert(3)\">me</a>."
                                + "\n\n<script>alert(4)</script><img src=https://example.org/x.png onerror=alert(5)>\n")
                .paper("template-text", "title: \"${7*7} and <#assign x=1>${x}\"\n"
                        + "abstract: \"[#ftl] <@foo/> #{1+1} ${.now}\"")
                .digest("2024-01-01", "xss", "template-text");
    }

    @Test
    void hostileListingTextIsInertTextInEveryPage(@TempDir Path temp) throws Exception {
        TestSite site = hostileSite(temp);
        site.build();
        for (String page : List.of("index.html", "digests/2024-01-01/index.html", "papers/xss/index.html",
                "themes/rl/index.html")) {
            Document document = Jsoup.parse(site.read(page));
            // The site's own scripts only: the paper page's JSON-LD block, its copy button, the search box, digest.js.
            assertTrue(document.select("script:not([type=application/ld+json]):not([src*=assets/cite.])"
                    + ":not([src*=assets/search.]):not([src*=assets/digest.])").isEmpty(), page);
            assertTrue(document.select("[onerror]").isEmpty(), page);
            assertTrue(document.select("[href^=javascript]").isEmpty(), page);
            assertTrue(document.text().contains(TITLE), page);
        }
        Document paper = Jsoup.parse(site.read("papers/xss/index.html"));
        assertEquals(TITLE, paper.selectFirst("h1").text());
        assertEquals(ABSTRACT, paper.selectFirst("p.abstract").text());
        assertEquals(TITLE + " · Test site", paper.title());
    }

    @Test
    void hostileListingTextIsInertInFeeds(@TempDir Path temp) throws Exception {
        TestSite site = hostileSite(temp);
        site.build();
        for (String feed : List.of("feed.xml", "atom.xml", "themes/rl/feed.xml", "digests.xml")) {
            List<SyndEntry> entries = new SyndFeedInput().build(new StringReader(site.read(feed))).getEntries();
            for (SyndEntry entry : entries) {
                String html = entry.getDescription() != null ? entry.getDescription().getValue()
                        : entry.getContents().get(0).getValue();
                Document description = Jsoup.parseBodyFragment(html);
                assertTrue(description.select("script, [onerror], [href^=javascript]").isEmpty(), feed + html);
            }
            assertTrue(entries.stream().anyMatch(entry -> entry.getTitle().contains(TITLE))
                    || entries.stream().anyMatch(entry -> entry.getDescription().getValue().contains("&lt;script")),
                    feed);
        }
    }

    @Test
    void freemarkerSyntaxInListingTextIsPrintedNotEvaluated(@TempDir Path temp) throws Exception {
        TestSite site = hostileSite(temp);
        site.build();
        Document paper = Jsoup.parse(site.read("papers/template-text/index.html"));
        assertEquals("${7*7} and <#assign x=1>${x}", paper.selectFirst("h1").text());
        assertEquals("[#ftl] <@foo/> #{1+1} ${.now}", paper.selectFirst("p.abstract").text());
        assertFalse(site.read("feed.xml").contains("49"));
    }
}
