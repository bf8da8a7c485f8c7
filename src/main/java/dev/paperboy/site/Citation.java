package dev.paperboy.site;

import java.util.Objects;

/**
 * A paper's BibTeX entry, {@code bibtex} ending in a newline, and the key it is cited by.
 *
 * @param path the output path of the paper's own .bib file
 */
public record Citation(String key, String bibtex, String path) {
    public Citation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bibtex, "bibtex");
        Objects.requireNonNull(path, "path");
    }
}
