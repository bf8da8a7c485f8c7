package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * View of paper.ftlh.
 *
 * @param authors  the paper's authors, linked to an arXiv author search when the paper is on arXiv
 * @param citation its BibTeX entry
 * @param jsonLd   the paper as schema.org JSON-LD, safe to print unescaped inside a script element
 * @param digests  every digest that lists the paper, newest first
 * @param digest   the paper's first digest, whose reading order {@code previous}/{@code next} follow
 * @param previous null when first in that digest
 * @param next     null when last in that digest
 */
public record PaperPage(PaperCard paper, List<AuthorLink> authors, Citation citation, String jsonLd, Html notes,
        List<DigestLink> digests, List<PaperLink> related,
        DigestLink digest, PaperLink previous, PaperLink next) implements PageView {
    public PaperPage {
        Objects.requireNonNull(paper, "paper");
        authors = List.copyOf(authors);
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(jsonLd, "jsonLd");
        Objects.requireNonNull(notes, "notes");
        digests = List.copyOf(digests);
        related = List.copyOf(related);
        Objects.requireNonNull(digest, "digest");
    }
}
