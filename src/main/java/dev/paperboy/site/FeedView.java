package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * View of the feed templates (rss.ftlx, atom.ftlx).
 *
 * @param pagePath the HTML page the feed belongs to
 * @param updated  the newest item's date, null for an empty feed (never the build clock)
 */
public record FeedView(String title, String description, String pagePath, DateView updated, List<FeedItem> items)
        implements PageView {
    public FeedView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(pagePath, "pagePath");
        items = List.copyOf(items);
    }
}
