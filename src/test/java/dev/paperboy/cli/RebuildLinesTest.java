package dev.paperboy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperboy.serve.Rebuild;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RebuildLinesTest {
    private static Rebuild.Done done(List<String> changedUrls, boolean relatedPending) {
        return new Rebuild.Done(changedUrls, changedUrls.size(), 114, Duration.ofMillis(12), relatedPending);
    }

    @Test
    void saysPerSaveWhatWasSavedAndWhatChangedAndWhenAFailureIsFixed() {
        RebuildLines lines = new RebuildLines();
        assertEquals("built in 12 ms: 114 files", lines.done(done(List.of("/"), false), List.of()));
        assertEquals("content/papers/a.md: rebuilt in 12 ms, 2 files changed: /papers/a/, /; related papers follow",
                lines.done(done(List.of("/papers/a/", "/"), true), List.of("content/papers/a.md")));
        assertEquals("related papers: rebuilt in 12 ms, 1 file changed: /papers/b/",
                lines.done(done(List.of("/papers/b/"), false), List.of()));
        assertEquals("content/site.yaml: build failed; the browser shows the errors until they are fixed",
                lines.failed(List.of("content/site.yaml")));
        assertEquals("content/site.yaml: fixed, rebuilt in 12 ms, 5 files changed: /a/, /b/, /c/ and 2 more",
                lines.done(done(List.of("/a/", "/b/", "/c/", "/d/", "/e/"), false), List.of("content/site.yaml")));
        assertEquals("content/a.md, content/b.md, content/c.md and 1 more: rebuilt in 12 ms, no page changed",
                lines.done(done(List.of(), false), List.of("content/a.md", "content/b.md", "content/c.md",
                        "content/d.md")));
    }
}
