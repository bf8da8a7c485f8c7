package dev.paperboy.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One output file to render: where, with which format (template), what to show, and the inputs it read
 * (content files, content/site.yaml, its template; shared layout and partials are inputs of every job). The
 * inputs say which files a change to one input must re-render.
 *
 * @param lastmod the newest content date shown, for the sitemap; null when the file shows no dated content
 */
public record RenderJob(String path, OutputFormat format, PageMeta meta, Object page, List<String> inputs,
        LocalDate lastmod) {
    public RenderJob {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(page, "page");
        inputs = List.copyOf(inputs);
    }
}
