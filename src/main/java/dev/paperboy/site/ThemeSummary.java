package dev.paperboy.site;

import java.util.Objects;

/** A theme with its description, published paper count and feed. */
public record ThemeSummary(ThemeLink link, String description, int paperCount, String feedPath) {
    public ThemeSummary {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(feedPath, "feedPath");
    }
}
