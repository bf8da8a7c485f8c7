package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
    @Test
    void siteTemplatesOverrideTheDefaultsFileByFile(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp)
                .paper("a", "title: Paper A")
                .digest("2024-01-01", "a")
                .file("templates/paper.ftlh", "<p id=\"custom\">${page.paper.title}</p>")
                .file("templates/assets/extra.txt", "kept as is");
        site.build();
        assertEquals("Paper A", Jsoup.parse(site.read("papers/a/index.html")).getElementById("custom").text());
        assertTrue(Jsoup.parse(site.read("index.html")).selectFirst("main") != null, "home still uses the default");
        assertEquals("kept as is", site.read("assets/extra.txt"));
    }

    @Test
    void siteCssReplacesTheDefaultAndGetsItsOwnHash(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp).file("templates/assets/style.css", "body { color: red; }\n");
        site.build();
        String href = Jsoup.parse(site.read("index.html")).selectFirst("link[rel=stylesheet]").attr("href");
        assertEquals("assets/" + Assets.hashedName("style.css", "body { color: red; }\n".getBytes()), href);
        assertEquals("body { color: red; }\n", site.read(href));
    }

    @Test
    void templateErrorNamesTemplateLineAndPage(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp)
                .paper("a", "title: Paper A")
                .digest("2024-01-01", "a")
                .file("templates/paper.ftlh", "line one\n\nhere: ${page.paper.missing}\n");
        List<String> errors = site.buildErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("templates/paper.ftlh:3:9: error: "), errors.get(0));
        assertTrue(errors.get(0).contains("while rendering papers/a/index.html"), errors.get(0));
    }

    @Test
    void templateSyntaxErrorIsReportedOnce(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp)
                .paper("a", "title: A").paper("b", "title: B")
                .digest("2024-01-01", "a", "b")
                .file("templates/paper.ftlh", "ok\n<#if>\n");
        List<String> errors = site.buildErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("templates/paper.ftlh:2:"), errors.get(0));
        assertTrue(Files.notExists(site.out()));
    }

    /** axe-core's heading-order: curator headings nest under whatever heading the page puts above them. */
    @Test
    void introAndNoteHeadingsFollowThePageOutline(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp)
                .paper("a", "title: Paper A", "## Why\n\n### Detail\n")
                .file("content/digests/2024-01-01.md", "---\npapers: [a]\n---\n# Highlights\n\n## More\n");
        site.build();
        assertEquals(List.of("h1", "h2", "h3"), headings(site, "digests/2024-01-01/index.html", ".intro, h1"));
        assertEquals(List.of("h2", "h3", "h4"), headings(site, "index.html", ".digest-summary h2, .digest-summary .prose"));
        assertEquals(List.of("h2", "h3", "h4"), headings(site, "papers/a/index.html", "#notes, .prose"));
    }

    private static List<String> headings(TestSite site, String page, String scope) throws Exception {
        return Jsoup.parse(site.read(page)).select(scope).select("h1, h2, h3, h4, h5, h6").stream()
                .map(heading -> heading.tagName()).toList();
    }
}
