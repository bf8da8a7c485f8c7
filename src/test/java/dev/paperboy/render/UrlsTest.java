package dev.paperboy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlsTest {
    private static final Urls HOME = new Urls("https://example.org/sub/", false,
            Map.of("style.css", "assets/style.0123abcd.css"), "index.html");

    @Test
    void linksArePrettyAndRelativeToTheCurrentPage() {
        Urls paper = HOME.at("papers/x/index.html", false);
        assertEquals("../../papers/y/", paper.rel("papers/y/index.html"));
        assertEquals("../../", paper.rel("index.html"));
        assertEquals("../../feed.xml", paper.rel("feed.xml"));
        assertEquals("./", HOME.rel("index.html"));
        assertEquals("archive/", HOME.rel("archive/index.html"));
        assertEquals("404.html", HOME.rel("404.html"));
        assertEquals("../../../../", HOME.at("themes/rl/page/2/index.html", false).rel("index.html"));
    }

    @Test
    void indexLinksEndInIndexHtmlForBrowsingFromDisk() {
        Urls urls = new Urls("https://example.org/", true, Map.of(), "papers/x/index.html");
        assertEquals("../../archive/index.html", urls.rel("archive/index.html"));
        assertEquals("../../index.html", urls.rel("index.html"));
    }

    @Test
    void absoluteUrlsStartWithTheBaseUrlAndArePretty() {
        assertEquals("https://example.org/sub/papers/x/", HOME.abs("papers/x/index.html"));
        assertEquals("https://example.org/sub/", HOME.abs("index.html"));
        assertEquals("https://example.org/sub/papers/x/", HOME.at("papers/x/index.html", false).canonical());
        assertEquals("https://example.org/sub/archive/", HOME.at("404.html", true).rel("archive/index.html"));
    }

    @Test
    void assetsResolveByNameAndUnknownNamesFail() {
        assertEquals("../../assets/style.0123abcd.css", HOME.at("papers/x/index.html", false).asset("style.css"));
        assertThrows(IllegalArgumentException.class, () -> HOME.asset("missing.css"));
    }
}
