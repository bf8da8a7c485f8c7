package dev.paperboy.publish;

import dev.paperboy.site.Html;
import dev.paperboy.site.MarkdownRenderer;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown renders keyed by the digest of their source text and top heading level: rendering depends on nothing
 * else but the tool, so
 * entries stay valid across template and config changes. Only the entries this build used are kept for the next.
 */
final class MarkdownCache implements MarkdownRenderer {
    private final MarkdownRenderer renderer;
    private final Map<ByteBuffer, Html> previous;
    private final Map<ByteBuffer, Html> used = new ConcurrentHashMap<>();

    MarkdownCache(MarkdownRenderer renderer, Map<ByteBuffer, Html> previous) {
        this.renderer = renderer;
        this.previous = previous;
    }

    @Override
    public Html render(String markdown, int topLevel) {
        ByteBuffer key = ByteBuffer.wrap(ViewDigest.of(topLevel + "\n" + markdown));
        Html html = previous.get(key);
        if (html == null) {
            html = renderer.render(markdown, topLevel);
        }
        used.put(key, html);
        return html;
    }

    Map<ByteBuffer, Html> used() {
        return used;
    }
}
