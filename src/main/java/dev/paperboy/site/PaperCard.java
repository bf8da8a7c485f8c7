package dev.paperboy.site;

import java.util.List;
import java.util.Objects;

/**
 * What listings show of a paper (digest, theme and home pages); all text is plain and escaped by templates.
 *
 * @param abstractExcerpt the abstract cut at a word boundary; equal to it when short ({@code longAbstract} false)
 * @param noteExcerpt     the start of the curator's note as plain text, or empty
 * @param published       null when unknown
 * @param authors         every author's name in order; empty when unknown
 * @param firstAuthors    the first authors, then "et al." when there are more; null when unknown
 * @param arxiv           the paper's arXiv pages, null without an identifier
 * @param links           the paper's other links: not its code, project or arXiv pages, which have their own labels
 * @param codeUrl         null when none
 * @param projectUrl      null when none
 * @param upvotes         null when unknown
 * @param authorsCount    null when unknown
 * @param organization    the organisation's display name, null unless posted by one
 */
public record PaperCard(String slug, String path, String title, String abstractText, String abstractExcerpt,
        boolean longAbstract, String noteExcerpt, DateView published, List<String> authors, String firstAuthors,
        ArxivLinks arxiv, List<String> links, String codeUrl, String projectUrl, Integer upvotes, Integer authorsCount, String organization, List<ThemeLink> themes) {
    /** The most characters of {@code abstractExcerpt} before its ellipsis, when the abstract is long. */
    public static final int EXCERPT = 280;

    public PaperCard {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(abstractExcerpt, "abstractExcerpt");
        Objects.requireNonNull(noteExcerpt, "noteExcerpt");
        authors = List.copyOf(authors);
        links = List.copyOf(links);
        themes = List.copyOf(themes);
    }

    public PaperLink link() {
        return new PaperLink(title, path);
    }
}
