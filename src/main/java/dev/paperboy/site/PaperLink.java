package dev.paperboy.site;

import java.util.Objects;

/** A link to a paper's page. */
public record PaperLink(String title, String path) {
    public PaperLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
    }
}
