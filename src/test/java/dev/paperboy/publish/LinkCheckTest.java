package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckTest {
    /** What {@code paperboy check} finds in a built folder: broken links and fragments, titles, canonical URLs. */
    private static List<String> outputProblems(Path out, String baseUrl) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        SiteChecker.checkPages(out, OutputUrls.of(baseUrl), diagnostics);
        return diagnostics.formatted();
    }

    @Test
    void everyInternalLinkAndAssetResolvesToABuiltFile(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        site.build();
        assertEquals(List.of(), outputProblems(site.out(), "https://example.org/reading-group/"));
    }

    @Test
    void linksResolveFromAnotherSubPathAndWithIndexLinks(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.copyOf("basic", temp);
        String base = "https://mirror.example.net/deep/sub/path/";
        site.build(site.options().withBaseUrl(base));
        assertEquals(List.of(), outputProblems(site.out(), base));

        site.build(new BuildOptions(site.root(), null, base, false, true, TestSite.CLOCK));
        assertEquals(List.of(), outputProblems(site.out(), base));
        Document paper = Jsoup.parse(site.read("papers/adam-revisited/index.html"));
        assertEquals("../../archive/index.html", paper.selectFirst("nav a[href*=archive]").attr("href"));
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
        assertEquals(List.of("../../feed.xml", "../../atom.xml", "../../themes/rl/feed.xml"),
                theme.select("link[rel=alternate]").eachAttr("href"));
        Document home = Jsoup.parse(site.read("index.html"));
        assertEquals(List.of("application/rss+xml", "application/atom+xml"),
                home.select("link[rel=alternate]").eachAttr("type"));
    }
}
