package dev.paperboy.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperboy.render.FlexmarkMarkdown;
import dev.paperboy.site.Html;
import dev.paperboy.site.NoteSource;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownCacheTest {
    private static final NoteSource SOURCE = NoteSource.paper("x");
    private static final String NOTE = "A note with a [link](https://example.org) and a table:\n\n"
            + "| a |\n|---|\n| 1 |\n";

    @Test
    void aSourceRenderedByManyThreadsHasOneRender() {
        AtomicInteger renders = new AtomicInteger();
        MarkdownCache cache = new MarkdownCache((markdown, topLevel, source) -> {
            renders.incrementAndGet();
            return new Html("<p>" + markdown + "</p>", markdown);
        }, Map.of());
        List<Html> results = IntStream.range(0, 1_000).parallel().mapToObj(i -> cache.render("same", 2, SOURCE)).toList();
        results.forEach(html -> assertSame(results.get(0), html));
        assertSame(results.get(0), cache.used().values().iterator().next());
        assertEquals(1, cache.used().size());
        // Threads asking at the same moment may each render it; only the first render is kept and handed out.
        assertTrue(renders.get() <= ForkJoinPool.getCommonPoolParallelism() + 1, "rendered " + renders.get()
                + " times");
    }

    @Test
    void aKeptRenderIsReusedAndTheSameInstanceStandsForItsKey() {
        MarkdownCache first = new MarkdownCache(new FlexmarkMarkdown(), Map.of());
        Html fresh = first.render(NOTE, 2, SOURCE);
        Map<ByteBuffer, Html> kept = new HashMap<>();
        first.used().forEach((key, html) -> kept.put(key, new Html(html.html(), html.text())));

        MarkdownCache second = new MarkdownCache((markdown, topLevel, source) -> {
            throw new AssertionError("rendered again: " + markdown);
        }, kept);
        Html reused = second.render(NOTE, 2, SOURCE);
        assertEquals(fresh, reused);
        assertSame(reused, second.render(NOTE, 2, SOURCE));
        assertEquals(first.used().keySet(), second.used().keySet());
    }

    @Test
    void blankSourcesAreRenderedButNotCachedAsTheyShareOneEmptyRender() {
        MarkdownCache cache = new MarkdownCache(new FlexmarkMarkdown(), Map.of());
        assertSame(Html.EMPTY, cache.render("", 2, SOURCE));
        assertSame(Html.EMPTY, cache.render("  \n", 3, SOURCE));
        assertTrue(cache.used().isEmpty());
    }
}
