package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.site.Html;
import dev.paperboy.site.NoteSource;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FlexmarkMarkdownTest {
    private static final NoteSource SOURCE = NoteSource.paper("x");
    private static final FlexmarkMarkdown MARKDOWN = new FlexmarkMarkdown();

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(MARKDOWN.render(markdown, 3, SOURCE).html());
    }

    @Test
    void rendersTablesStrikethroughFootnotesAutolinksAndHeadingAnchors() {
        Document html = render("# Results\n\n~~old~~ new[^1], see https://example.org/x\n\n| a | b |\n|---|---|\n"
                + "| 1 | 2 |\n\n[^1]: A footnote.\n");
        assertEquals("note-x-results", html.selectFirst("h3").id(), "h1 moves under the page's h1 and h2");
        assertEquals("#note-x-results", html.selectFirst("h3 a.anchor").attr("href"));
        assertEquals("old", html.selectFirst("del").text());
        assertEquals("https://example.org/x", html.selectFirst("a[href^=https]").attr("href"));
        assertEquals(2, html.select("td").size());
        assertEquals("#note-x-fn-1", html.selectFirst("sup a.footnote-ref").attr("href"));
        assertEquals("note-x-fn-1", html.selectFirst("div.footnotes li").id());
    }

    @Test
    void removesScriptsEventHandlersAndDangerousLinks() {
        Document html = render("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> "
                + "[a](javascript:alert(3)) <a href=\"data:text/html,x\">b</a> <iframe src=https://evil></iframe>"
                + " <a href=\"mailto:a@example.org\">mail</a> <p style=\"color:red\" onclick=\"x()\">p</p>");
        assertTrue(html.select("script, iframe, [onerror], [onclick], [style]").isEmpty(), html.body().html());
        assertTrue(html.select("a[href^=javascript], a[href^=data]").isEmpty(), html.body().html());
        assertEquals("mailto:a@example.org", html.selectFirst("a[href^=mailto]").attr("href"));
        assertEquals("nofollow noopener", html.selectFirst("a[href^=mailto]").attr("rel"));
    }

    @Test
    void textIsTheFirstParagraphWithoutFootnoteMarkers() {
        Html html = MARKDOWN.render("## Heading\n\nFirst *para*[^n].\n\nSecond.\n\n[^n]: note", 3, SOURCE);
        assertEquals("First para.", html.text());
        assertFalse(html.html().isBlank());
        assertSame(Html.EMPTY, MARKDOWN.render("  \n", 3, SOURCE));
    }

    @Test
    void headingsStartAtTheAskedLevelAndNeverSkipOne() {
        Document html = Jsoup.parseBodyFragment(MARKDOWN.render("## A\n\n#### B\n\n###### C\n\n## D\n", 2, SOURCE).html());
        assertEquals(List.of("h2", "h3", "h4", "h2"), html.select("h1, h2, h3, h4, h5, h6").eachAttr("id").stream()
                .map(id -> html.getElementById(id).tagName()).toList());
        Document deep = Jsoup.parseBodyFragment(MARKDOWN.render("# A\n\n## B\n\n### C\n\n#### D\n", 5, SOURCE).html());
        assertEquals(List.of("h5", "h6", "h6", "h6"), deep.select("h5, h6").stream().map(e -> e.tagName()).toList());
    }
}
