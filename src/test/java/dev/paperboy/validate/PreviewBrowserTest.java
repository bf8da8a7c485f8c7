package dev.paperboy.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.publish.TestSite;
import dev.paperboy.serve.Preview;
import dev.paperboy.serve.Rebuild;
import dev.paperboy.serve.ServeOptions;
import dev.paperboy.site.RelatedPapersFinder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

/**
 * A curator browsing the live preview in Chromium: every page keeps a live-reload connection open while it is
 * shown, and pages left behind (kept in the back/forward cache) must not hold theirs, or the browser runs out of
 * connections to the preview and page loads stall.
 */
class PreviewBrowserTest {
    private static final int PAGES = 20;
    private static final Duration STALL = Duration.ofSeconds(10);

    @Test
    void navigatingTwentyPagesThroughServeNeverStalls(@TempDir Path temp) throws Exception {
        TestSite site = TestSite.in(temp);
        List<String> slugs = IntStream.rangeClosed(1, PAGES).mapToObj(i -> "paper-" + i).toList();
        slugs.forEach(slug -> site.paper(slug, "title: " + slug));
        site.digest("2024-01-01", slugs.toArray(String[]::new));
        Preview.Listener quiet = new Preview.Listener() {
            @Override
            public void rebuilt(Rebuild result, List<String> saved) {
                // the pages tell
            }

            @Override
            public void crashed(RuntimeException error) {
                throw error;
            }
        };
        try (Preview preview = Preview.start(new ServeOptions(temp, "127.0.0.1", 0, false, Duration.ofMillis(50),
                TestSite.CLOCK), RelatedPapersFinder.NONE, quiet);
                Chromium chromium = Chromium.start(STALL)) {
            WebDriver driver = chromium.driver();
            List<String> stalled = new ArrayList<>();
            for (String slug : slugs) {
                String url = preview.url() + "papers/" + slug + "/";
                try {
                    driver.get(url);
                } catch (TimeoutException e) {
                    stalled.add(url);
                }
            }
            assertEquals(List.of(), stalled, "page loads that took over " + STALL.toSeconds() + " s");
        }
    }
}
