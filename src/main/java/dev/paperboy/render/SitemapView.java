package dev.paperboy.render;

import dev.paperboy.site.PageView;
import java.util.List;

/** View of sitemap.ftlx. */
public record SitemapView(List<SitemapEntry> pages) implements PageView {
    public SitemapView {
        pages = List.copyOf(pages);
    }
}
