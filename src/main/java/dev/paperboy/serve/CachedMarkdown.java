package dev.paperboy.serve;

import dev.paperboy.site.Html;
import dev.paperboy.site.MarkdownRenderer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers rendered Markdown between rebuilds: the views are remade for every rebuild, but only the notes of the
 * edited files need Flexmark again. Keeps what the last rebuild used, so old versions of edited notes are dropped.
 */
final class CachedMarkdown implements MarkdownRenderer {
    private final MarkdownRenderer markdown;
    private Map<String, Html> previous = Map.of();
    private Map<String, Html> current = new ConcurrentHashMap<>();

    CachedMarkdown(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    @Override
    public Html render(String text) {
        return current.computeIfAbsent(text, absent -> {
            Html known = previous.get(absent);
            return known != null ? known : markdown.render(absent);
        });
    }

    /** Call between rebuilds (never during one): forgets what the rebuild before the last one used. */
    void nextRebuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
