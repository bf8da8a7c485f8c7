package dev.paperboy.render;

import dev.paperboy.site.PageView;
import java.util.List;
import java.util.Objects;

/** View of opml.ftlx: every feed of the site once, in one flavour, for subscribing to all at once. */
public record FeedsOutline(List<Outline> feeds) implements PageView {
    public FeedsOutline {
        feeds = List.copyOf(feeds);
    }

    /**
     * One feed.
     *
     * @param path     the feed's output path
     * @param pagePath the HTML page the feed belongs to
     */
    public record Outline(String title, String description, String path, String pagePath) {
        public Outline {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(pagePath, "pagePath");
        }
    }
}
