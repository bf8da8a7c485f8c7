package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostic;
import dev.paperboy.diag.Diagnostics;
import dev.paperboy.site.RelatedPapersFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckTest {
    /** The errors {@code paperboy check} finds in what a build with these options writes. */
    private static List<String> outputErrors(BuildOptions options) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        CheckResult result = new SiteChecker(RelatedPapersFinder.BY_TEXT).check(options, diagnostics);
        assertTrue(result.built() && result.pages() > 10 && result.feeds() > 2, result.toString());
        return diagnostics.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    /** The basic fixture with a template of its own. */
    private static TestSite basicWith(Path temp, String template, String text) throws IOException {
        return TestSite.copyOf("basic", temp).file("templates/" + template, text);
    }

    @Test
    void everyInternalLinkAndAssetResolvesToABuiltFile(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        assertEquals(List.of(), outputErrors(site.options()));
    }

    @Test
    void linksResolveFromAnotherSubPathAndWithIndexLinks(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        String base = "https://mirror.example.net/deep/sub/path/";
        assertEquals(List.of(), outputErrors(site.options().withBaseUrl(base)));
        BuildOptions indexLinks = new BuildOptions(site.root(), null, base, false, true, TestSite.CLOCK, false);
        assertEquals(List.of(), outputErrors(indexLinks));

        site.build(indexLinks);
        Document paper = Jsoup.parse(site.read("papers/adam-revisited/index.html"));
        assertEquals("../../archive/index.html", paper.selectFirst("nav a[href*=archive]").attr("href"));
    }

    @Test
    void aLinkToAMissingPageOrIdIsFound(@TempDir Path temp) throws Exception {
        TestSite site = basicWith(temp, "404.ftlh", "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Not found"
                + "</title></head>\n<body><a href=\"${url.rel('papers/adam-revisited/')}#nowhere\">a</a>\n"
                + "<a href=\"${url.rel('papers/missing/')}\">b</a> <a href=\"http://[bad\">c</a></body></html>\n");
        String base = "https://example.org/reading-group/";
        assertEquals(List.of(
                "site/404.html:3: error: broken link \"" + base + "papers/adam-revisited/#nowhere\": "
                        + "site/papers/adam-revisited/index.html has no id \"nowhere\"",
                "site/404.html:4: error: broken link \"" + base + "papers/missing/\": "
                        + "site/papers/missing/index.html is not built",
                "site/404.html:4: error: malformed URL \"http://[bad\": Expected closing bracket for IPv6 address"),
                outputErrors(site.options()));
    }

    @Test
    void anIdUsedTwiceOnAPageIsFound(@TempDir Path temp) throws Exception {
        TestSite site = basicWith(temp, "404.ftlh", "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Not found"
                + "</title></head>\n<body><p id=\"fn-1\">a</p>\n<p id=\"fn-1\">b</p></body></html>\n");
        assertEquals(List.of("site/404.html:4: error: id \"fn-1\" is used twice on the page (a link to it jumps to "
                + "the first)"), outputErrors(site.options()));
    }

    @Test
    void aByteOrderMarkAndABaseHrefAreReadAsBrowsersReadThem(@TempDir Path temp) throws Exception {
        TestSite site = basicWith(temp, "404.ftlh", "\uFEFF<!DOCTYPE html>\n<html lang=\"en\"><head><title>Not found"
                + "</title><base href=\"https://example.org/reading-group/papers/\"></head>\n"
                + "<body><a href=\"adam-revisited/#abstract\">a</a> <a href=\"missing/\">b</a></body></html>\n");
        assertEquals(List.of("site/404.html:3: error: broken link \"missing/\": site/papers/missing/index.html is not "
                + "built"), outputErrors(site.options()));
    }

    @Test
    void aFeedLinkToAMissingPageIsFound(@TempDir Path temp) throws Exception {
        List<String> errors = outputErrors(basicWith(temp, "rss.ftlx", "<?xml version=\"1.0\"?>\n"
                + "<rss version=\"2.0\"><channel>\n<link>https://example.org/reading-group/papers/missing/</link>\n"
                + "<link>https://example.org/reading-group/papers/adam-revisited/</link>\n</channel></rss>\n").options());
        String missing = "error: broken link \"https://example.org/reading-group/papers/missing/\": "
                + "site/papers/missing/index.html is not built";
        assertTrue(errors.contains("site/feed.xml:3: " + missing), errors.toString());
        assertTrue(errors.stream().allMatch(error -> error.endsWith(".xml:3: " + missing)), errors.toString());
    }

    @Test
    void internalLinksAreRelativeAndAbsoluteUrlsUseTheBaseUrl(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build(site.options().withBaseUrl("https://override.example/x/"));
        Document paper = Jsoup.parse(site.read("papers/adam-revisited/index.html"));
        assertEquals("../../", paper.selectFirst("a.brand").attr("href"));
        assertEquals("https://override.example/x/papers/adam-revisited/",
                paper.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(paper.selectFirst("link[rel=stylesheet]").attr("href")
                .matches("\\.\\./\\.\\./assets/style\\.[0-9a-f]{8}\\.css"));
        assertTrue(Files.exists(site.out().resolve("assets")));
        assertTrue(site.read("sitemap.xml").contains("<loc>https://override.example/x/themes/</loc>"));
    }

    @Test
    void everyPageAdvertisesTheFeedsAndTheThemePagesTheirOwn(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        Document theme = Jsoup.parse(site.read("themes/rl/index.html"));
        assertEquals(List.of("../../feed.xml", "../../atom.xml", "../../feed.json", "../../themes/rl/feed.xml"),
                theme.select("link[rel=alternate]").eachAttr("href"));
        Document home = Jsoup.parse(site.read("index.html"));
        assertEquals(List.of("application/rss+xml", "application/atom+xml", "application/feed+json"),
                home.select("link[rel=alternate]").eachAttr("type"));
    }
}
