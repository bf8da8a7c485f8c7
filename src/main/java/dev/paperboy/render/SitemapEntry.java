package dev.paperboy.render;

import java.util.Objects;

/** One page in sitemap.xml; {@code lastmod} (YYYY-MM-DD) is null when the page shows no dated content. */
public record SitemapEntry(String path, String lastmod) {
    public SitemapEntry {
        Objects.requireNonNull(path, "path");
    }
}
