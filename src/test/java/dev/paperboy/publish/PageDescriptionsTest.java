package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page's {@code <meta name="description">}, read by Jsoup, on a site without a description. */
class PageDescriptionsTest {
    private static String description(TestSite site, String page) throws Exception {
        Element meta = Jsoup.parse(site.read(page)).selectFirst("meta[name=description]");
        assertNotNull(meta, page);
        return meta.attr("content");
    }

    @Test
    void everyPageOfASiteWithoutADescriptionDescribesItself(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp)
                .paper("a", "title: A\nabstract: What paper A found.\nthemes: [rl]")
                .paper("b", "title: B\nthemes: [optimization]")
                .paper("c", "title: C\nthemes: [rl]", "A note on C.\n")
                .digest("2024-01-01", "a", "b")
                .file("content/digests/2024-01-08.md", "---\npapers: [c]\n---\nAn intro *with* emphasis.\n");
        site.build();
        for (String page : GoldenBuildTest.files(site.out())) {
            if (page.endsWith(".html") && !page.startsWith("email/")) {
                assertFalse(description(site, page).isBlank(), page);
            }
        }
        assertEquals("3 papers in 2 digests, the newest of 8 January 2024.", description(site, "index.html"));
        assertEquals("2 papers in the digest of 1 January 2024, on Optimization and Reinforcement learning.",
                description(site, "digests/2024-01-01/index.html"));
        assertEquals("An intro with emphasis.", description(site, "digests/2024-01-08/index.html"));
        assertEquals("What paper A found.", description(site, "papers/a/index.html"));
        assertEquals("A paper in the digest of 1 January 2024.", description(site, "papers/b/index.html"));
        assertEquals("A note on C.", description(site, "papers/c/index.html"));
        assertEquals("2 papers on Reinforcement learning.", description(site, "themes/rl/index.html"));
        assertEquals("Papers by theme: Optimization and Reinforcement learning.",
                description(site, "themes/index.html"));
        assertEquals("Every digest by month: 2 digests, 3 papers.", description(site, "archive/index.html"));
    }

    @Test
    void theSiteDescriptionDescribesTheHomePageWhenThereIsOne(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp).file("content/site.yaml", "title: T\ndescription: Our papers.\n"
                + TestSite.THEMES).paper("a", "title: A\nthemes: [rl]").digest("2024-01-01", "a");
        site.build();
        assertEquals("Our papers.", description(site, "index.html"));
        assertEquals("1 paper in the digest of 1 January 2024, on Reinforcement learning.",
                description(site, "digests/2024-01-01/index.html"));
    }
}
