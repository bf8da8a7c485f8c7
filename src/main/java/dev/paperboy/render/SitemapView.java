package dev.paperboy.render;

import java.util.List;

/** View of sitemap.ftlx. */
public record SitemapView(List<SitemapEntry> pages) {
    public SitemapView {
        pages = List.copyOf(pages);
    }
}
