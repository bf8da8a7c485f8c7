package dev.paperboy.render;

import dev.paperboy.site.PageView;
import java.util.Objects;

/**
 * The data model of every template: {@code site}, {@code meta}, {@code page} (the view record of the job,
 * e.g. a {@code PaperPage}) and {@code url}, the only way templates make links.
 */
public record TemplateRoot(SiteInfo site, PageMeta meta, PageView page, Urls url) {
    public TemplateRoot {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(url, "url");
    }
}
