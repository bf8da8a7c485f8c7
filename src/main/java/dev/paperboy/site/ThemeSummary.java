package dev.paperboy.site;

import java.util.Objects;

/** A theme with its description, published paper count, feed and .bib file of all its papers. */
public record ThemeSummary(ThemeLink link, String description, int paperCount, String feedPath, String bibPath) {
    public ThemeSummary {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(feedPath, "feedPath");
        Objects.requireNonNull(bibPath, "bibPath");
    }
}
