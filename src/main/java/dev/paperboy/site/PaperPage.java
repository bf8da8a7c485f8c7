package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * View of paper.ftlh. Its authors' links and its JSON-LD are made from the card when the page is rendered, not
 * held: they repeat what the card holds, and a view's components are hashed for the build cache.
 *
 * @param url      the page's absolute URL
 * @param citation its BibTeX entry
 * @param digests  every digest that lists the paper, newest first
 * @param digest   the paper's first digest, whose reading order {@code previous}/{@code next} follow
 * @param previous null when first in that digest
 * @param next     null when last in that digest
 */
public record PaperPage(PaperCard paper, String url, Citation citation, Html notes, List<DigestLink> digests,
        List<PaperLink> related, DigestLink digest, PaperLink previous, PaperLink next) implements PageView {
    public PaperPage {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(notes, "notes");
        digests = List.copyOf(digests);
        related = List.copyOf(related);
        Objects.requireNonNull(digest, "digest");
    }

    /** The paper's authors, linked to an arXiv author search when the paper is on arXiv. */
    public List<AuthorLink> authors() {
        return paper.authors().stream()
                .map(name -> paper.arxiv() == null ? new AuthorLink(name, null) : AuthorLink.onArxiv(name))
                .toList();
    }

    /** The paper as schema.org JSON-LD, safe to print unescaped inside a script element. */
    public String jsonLd() {
        return ScholarlyJson.of(paper, url);
    }
}
