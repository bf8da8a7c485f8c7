package dev.paperboy.render;

import java.util.List;
import java.util.Objects;

/**
 * What every template knows of the file being rendered ({@code meta} in templates).
 *
 * @param path  this file's path in the output folder
 * @param feeds the feeds to advertise on this page: the site's, then the page's own (a theme's)
 */
public record PageMeta(String title, String description, String path, List<FeedLink> feeds) {
    public PageMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(path, "path");
        feeds = List.copyOf(feeds);
    }
}
