package dev.paperboy.publish;

import dev.paperboy.site.Html;
import dev.paperboy.site.MarkdownRenderer;
import dev.paperboy.site.NoteSource;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown renders keyed by the digest of their source text, top heading level and {@link NoteSource}: rendering
 * depends on nothing else but the tool, so entries stay valid across template and config changes. Only the entries this build used
 * are kept for the next.
 *
 * <p>Within a build each key has one render, whichever thread asks first, so page keys can let that render stand
 * for its key ({@link #keyOf}): two equal renders, one known and one not, would give a page one key
 * in a clean build and another once the cache holds the render, and it would be rendered again for nothing. Blank
 * sources are not cached: every one renders to the same empty value, which must not stand for any one key.
 */
final class MarkdownCache implements MarkdownRenderer {
    private final MarkdownRenderer renderer;
    private final Map<ByteBuffer, Html> previous;
    private final Map<ByteBuffer, Html> used = new ConcurrentHashMap<>();
    /** The key of each render in {@link #used}, by the render's identity. */
    private final Map<Html, byte[]> keys = Collections.synchronizedMap(new IdentityHashMap<>());

    MarkdownCache(MarkdownRenderer renderer, Map<ByteBuffer, Html> previous) {
        this.renderer = renderer;
        this.previous = previous;
    }

    @Override
    public Html render(String markdown, int topLevel, NoteSource source) {
        if (markdown.isBlank()) {
            return renderer.render(markdown, topLevel, source);
        }
        ByteBuffer key = ByteBuffer.wrap(ViewDigest.of(topLevel + "\n" + markdown, source));
        Html html = used.get(key);
        if (html == null) {
            Html kept = previous.get(key);
            html = kept != null ? kept : renderer.render(markdown, topLevel, source);
            Html first = used.putIfAbsent(key, html);
            if (first == null) {
                keys.put(html, key.array());
            } else {
                html = first;
            }
        }
        return html;
    }

    /** The key of a render this cache gave, which the render may stand for in page keys; null for any other. */
    byte[] keyOf(Object view) {
        return view instanceof Html html ? keys.get(html) : null;
    }

    Map<ByteBuffer, Html> used() {
        return used;
    }
}
