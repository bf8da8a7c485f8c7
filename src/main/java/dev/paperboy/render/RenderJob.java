package dev.paperboy.render;

import dev.paperboy.site.PageView;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One output file to render: where, with which format (template), and what to show. What a job shows is all its
 * key is made of, so which jobs a change affects is told by their keys, not by a list of files each one read.
 *
 * @param lastmod the newest content date shown, for the sitemap; null when the file shows no dated content
 */
public record RenderJob(String path, OutputFormat format, PageMeta meta, PageView page, LocalDate lastmod) {
    public RenderJob {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(page, "page");
    }
}
