package dev.paperboy.site;

import java.util.Objects;

/** A link to a theme's first page. */
public record ThemeLink(String slug, String name, String path) {
    public ThemeLink {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }
}
